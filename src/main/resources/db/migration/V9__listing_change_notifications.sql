-- Every committed change of a listing is announced on the channel `listing_changed` (PostgreSQL NOTIFY), whichever
-- instance, import or script wrote it. NOTIFY is transactional: the database delivers the notification to the
-- listening instances only when the writing transaction commits, never for one that rolls back. Each gateway
-- instance listens on one connection and forwards matching changes to its GraphQL subscribers (listingChanged).
--
-- The payload is small JSON (NOTIFY takes at most 8000 bytes): what a subscriber filters on, and the previous status,
-- region and category, so that a listing leaving a storefront's filter or leaving PUBLISHED is announced too.
-- A write that changes nothing (an UNCHANGED upsert, an UPDATE setting the same values) announces nothing.

CREATE FUNCTION notify_listing_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind    text;
    current listing;
BEGIN
    IF TG_OP = 'INSERT' THEN
        kind := 'CREATED';
        current := NEW;
    ELSIF TG_OP = 'DELETE' THEN
        kind := 'DELETED';
        current := OLD;
    ELSE
        current := NEW;
        kind := CASE
            WHEN NEW.status IS NOT DISTINCT FROM OLD.status THEN 'UPDATED'
            WHEN NEW.status = 'PUBLISHED' THEN 'PUBLISHED'
            WHEN NEW.status = 'WITHDRAWN' THEN 'WITHDRAWN'
            ELSE 'STATUS_CHANGED'
        END;
    END IF;
    PERFORM pg_notify('listing_changed', json_build_object(
        'id', current.id,
        'kind', kind,
        'agency', current.agency_code,
        'version', current.version,
        'status', current.status,
        'region', current.origin_region,
        'category', current.category_code,
        'previousStatus', CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END,
        'previousRegion', CASE WHEN TG_OP = 'UPDATE' THEN OLD.origin_region END,
        'previousCategory', CASE WHEN TG_OP = 'UPDATE' THEN OLD.category_code END,
        -- the service sets updated_at on every write; a script that does not is dated by its transaction
        'changedAt', CASE WHEN TG_OP = 'UPDATE' AND NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN now()
                          WHEN TG_OP = 'DELETE' THEN now()
                          ELSE current.updated_at END
    )::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER listing_change_inserted AFTER INSERT ON listing
    FOR EACH ROW EXECUTE FUNCTION notify_listing_change();
CREATE TRIGGER listing_change_updated AFTER UPDATE ON listing
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION notify_listing_change();
CREATE TRIGGER listing_change_deleted AFTER DELETE ON listing
    FOR EACH ROW EXECUTE FUNCTION notify_listing_change();

-- The published catalog counted per region, agency, category and price band, and per certification, kept by the
-- database as listings change: what every public browse's totalCount and facets are summed from
-- (catalog/repository/BrowseCounts). Counted from the listings, that read every published listing (about 0.1 s on the
-- benchmark's 100,000), and each write drops the gateway's copy, so during an import every record made the next browse
-- wait for such a count (src/bench/README.md, findings 34 and 37). Read from these tables it is a few hundred rows once
-- folded, and what writes appended since the last fold (an import of 250 records/s: a few thousand in 10 s).
--
-- Triggers keep the counts whoever writes (the gateway, an import, a script), in the writing transaction: they commit
-- with the listings they count, or roll back with them. A write only appends rows (what it adds to or takes from each
-- count), and a count is the sum of its rows: writers never update a shared row, so they never wait for each other's
-- counts nor deadlock on them (a row per count, updated in place, would make every writer of an agency's category wait
-- for the others' commits). compact_published_counts(), which the gateway runs every few seconds, folds the rows into
-- one per count. Inserts and updates are counted per statement from their transition tables: a bulk load adds one row
-- per count it changes.
--
-- Scripts that change certifications of listings the gateway may be writing lock those listings first
-- (SELECT ... FROM listing WHERE ... ORDER BY id FOR SHARE): the certifications' trigger waits for a listing that
-- another transaction is changing, after the statement took its certification rows, so a script that does not can
-- deadlock with the gateway, as one that writes certifications before listings can with a recount.
--
-- Rows loaded with triggers off (session_replication_role = replica, pg_restore --disable-triggers) are not counted,
-- and a data-only restore that loads these tables with triggers on counts its listings twice: run
-- SELECT recount_published_listings() after either. So does a single statement that changes listings and their
-- certifications together (a data-modifying WITH): each side's trigger sees the other's rows already changed.

-- The bounds of FacetCounts.PRICE_BANDS (catalog/repository); BrowseCountsTest fails when the two differ.
CREATE FUNCTION listing_price_band(price numeric) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT width_bucket(price, ARRAY[5, 10, 25, 50, 100]::numeric[]) $$;

-- Rows to sum per count: no key, no CHECK (listings >= 0) that a count gone wrong could make the next write fail.
CREATE TABLE published_listing_count (
    origin_region  varchar(16)  NOT NULL,
    agency_code    varchar(8)   NOT NULL,
    category_code  varchar(64)  NOT NULL,
    price_band     integer      NOT NULL,
    listings       bigint       NOT NULL
);

CREATE TABLE published_certification_count (
    origin_region       varchar(16)  NOT NULL,
    agency_code         varchar(8)   NOT NULL,
    category_code       varchar(64)  NOT NULL,
    certification_code  varchar(64)  NOT NULL,
    listings            bigint       NOT NULL
);

-- Inserted listings: no certification can name them yet (its foreign key), so only their own counts change.
CREATE FUNCTION count_inserted_listings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO published_listing_count (origin_region, agency_code, category_code, price_band, listings)
    SELECT origin_region, agency_code, category_code, listing_price_band(price_eur), count(*)
      FROM new_rows WHERE status = 'PUBLISHED'
     GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END
$$;

-- Updated listings: each old row that was published leaves its counts, each new one that is enters its counts, with the
-- certifications the listing has (an update of a listing does not change them).
CREATE FUNCTION count_updated_listings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH moved AS (
        SELECT id, origin_region, agency_code, category_code, price_eur, -1 AS n FROM old_rows WHERE status = 'PUBLISHED'
        UNION ALL
        SELECT id, origin_region, agency_code, category_code, price_eur, 1 FROM new_rows WHERE status = 'PUBLISHED'
    ), listings AS (
        INSERT INTO published_listing_count (origin_region, agency_code, category_code, price_band, listings)
        SELECT origin_region, agency_code, category_code, listing_price_band(price_eur), sum(n)
          FROM moved
         GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0
    )
    INSERT INTO published_certification_count (origin_region, agency_code, category_code, certification_code, listings)
    SELECT m.origin_region, m.agency_code, m.category_code, lc.certification_code, sum(m.n)
      FROM moved m JOIN listing_certification lc ON lc.listing_id = m.id
     GROUP BY 1, 2, 3, 4 HAVING sum(m.n) <> 0;
    RETURN NULL;
END
$$;

-- A deleted listing leaves its counts before it goes: after it, its certifications are gone too (ON DELETE CASCADE),
-- and their own trigger no longer finds the listing. Only scripts delete listings (the gateway withdraws them).
CREATE FUNCTION uncount_deleted_listing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        INSERT INTO published_listing_count (origin_region, agency_code, category_code, price_band, listings)
        VALUES (OLD.origin_region, OLD.agency_code, OLD.category_code, listing_price_band(OLD.price_eur), -1);
        INSERT INTO published_certification_count (origin_region, agency_code, category_code, certification_code,
                                                   listings)
        SELECT OLD.origin_region, OLD.agency_code, OLD.category_code, certification_code, -1
          FROM listing_certification WHERE listing_id = OLD.id;
    END IF;
    RETURN OLD;
END
$$;

-- Certifications given to (n = 1) or taken from (n = -1) listings, counted for those that are published, as they are
-- now. In PL/pgSQL, whose statements keep their plans for the session: the triggers call it once per statement.
CREATE FUNCTION add_certification_counts(listing_ids bigint[], codes varchar[], n integer) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    -- A transaction changing one of these listings (its status, region or category) counted the certifications it
    -- saw, without these: wait for it to end and count these as the listing is then, or make it wait until this one
    -- ends, and its trigger will see them. The gateway already holds these rows: it writes a listing before its
    -- certifications.
    PERFORM 1 FROM listing WHERE id = ANY (listing_ids) ORDER BY id FOR SHARE;
    INSERT INTO published_certification_count (origin_region, agency_code, category_code, certification_code, listings)
    SELECT l.origin_region, l.agency_code, l.category_code, ch.code, n * count(*)
      FROM unnest(listing_ids, codes) AS ch (listing_id, code) JOIN listing l ON l.id = ch.listing_id
     WHERE l.status = 'PUBLISHED'
     GROUP BY 1, 2, 3, 4;
END
$$;

-- Inserted, updated and deleted certifications: the old rows leave the counts, the new ones enter them. A trigger sees
-- only the transition tables of its own event, hence a branch per table.
CREATE FUNCTION count_listing_certifications() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    listing_ids bigint[];
    codes       varchar[];
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT array_agg(listing_id), array_agg(certification_code) INTO listing_ids, codes FROM old_rows;
        IF listing_ids IS NOT NULL THEN
            PERFORM add_certification_counts(listing_ids, codes, -1);
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        SELECT array_agg(listing_id), array_agg(certification_code) INTO listing_ids, codes FROM new_rows;
        IF listing_ids IS NOT NULL THEN
            PERFORM add_certification_counts(listing_ids, codes, 1);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

-- The lock first: a fold running now would otherwise commit its sums after this DELETE took its snapshot, and they
-- would outlive the listings.
CREATE FUNCTION forget_published_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE published_listing_count, published_certification_count IN EXCLUSIVE MODE;
    IF TG_TABLE_NAME = 'listing' THEN
        DELETE FROM published_listing_count;
    END IF;
    DELETE FROM published_certification_count;
    RETURN NULL;
END
$$;

-- Folds the rows of the counts that have several (or sum to 0) into one, at most max_rows rows at a time, taken count
-- by count so that only the last count of a batch is folded in part; the sums stay what they were. Answers the rows
-- folded: max_rows or more means there may be more. Writers go on appending meanwhile: their rows are not visible to
-- the fold until they commit, so the fold neither deletes nor waits for them. A fold already running on another
-- connection (another instance's) makes this one answer NULL at once.
CREATE FUNCTION compact_published_counts(max_rows integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    listings_folded       integer;
    certifications_folded integer;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('compact_published_counts')) THEN
        RETURN NULL;
    END IF;
    WITH folded AS (
        DELETE FROM published_listing_count
         WHERE ctid = ANY (ARRAY(
               SELECT c.ctid
                 FROM published_listing_count c
                 JOIN (SELECT origin_region, agency_code, category_code, price_band FROM published_listing_count
                        GROUP BY 1, 2, 3, 4 HAVING count(*) > 1 OR sum(listings) = 0) AS unfolded
                      USING (origin_region, agency_code, category_code, price_band)
                ORDER BY origin_region, agency_code, category_code, price_band LIMIT max_rows))
        RETURNING *
    ), kept AS (
        INSERT INTO published_listing_count (origin_region, agency_code, category_code, price_band, listings)
        SELECT origin_region, agency_code, category_code, price_band, sum(listings)
          FROM folded GROUP BY 1, 2, 3, 4 HAVING sum(listings) <> 0
    )
    SELECT count(*) INTO listings_folded FROM folded;
    WITH folded AS (
        DELETE FROM published_certification_count
         WHERE ctid = ANY (ARRAY(
               SELECT c.ctid
                 FROM published_certification_count c
                 JOIN (SELECT origin_region, agency_code, category_code, certification_code
                         FROM published_certification_count
                        GROUP BY 1, 2, 3, 4 HAVING count(*) > 1 OR sum(listings) = 0) AS unfolded
                      USING (origin_region, agency_code, category_code, certification_code)
                ORDER BY origin_region, agency_code, category_code, certification_code LIMIT max_rows))
        RETURNING *
    ), kept AS (
        INSERT INTO published_certification_count (origin_region, agency_code, category_code, certification_code,
                                                   listings)
        SELECT origin_region, agency_code, category_code, certification_code, sum(listings)
          FROM folded GROUP BY 1, 2, 3, 4 HAVING sum(listings) <> 0
    )
    SELECT count(*) INTO certifications_folded FROM folded;
    RETURN greatest(listings_folded, certifications_folded);
END
$$;

-- Counts everything again from the listings. Writes (and folds) wait meanwhile; reads go on, and see the old counts
-- until it commits.
CREATE FUNCTION recount_published_listings() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE listing, listing_certification IN SHARE ROW EXCLUSIVE MODE;
    LOCK TABLE published_listing_count, published_certification_count IN EXCLUSIVE MODE;
    DELETE FROM published_listing_count;
    DELETE FROM published_certification_count;
    INSERT INTO published_listing_count (origin_region, agency_code, category_code, price_band, listings)
    SELECT origin_region, agency_code, category_code, listing_price_band(price_eur), count(*)
      FROM listing WHERE status = 'PUBLISHED' GROUP BY 1, 2, 3, 4;
    INSERT INTO published_certification_count (origin_region, agency_code, category_code, certification_code, listings)
    SELECT l.origin_region, l.agency_code, l.category_code, lc.certification_code, count(*)
      FROM listing l JOIN listing_certification lc ON lc.listing_id = l.id
     WHERE l.status = 'PUBLISHED' GROUP BY 1, 2, 3, 4;
END
$$;

CREATE TRIGGER listing_counted_inserted AFTER INSERT ON listing
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_listings();
CREATE TRIGGER listing_counted_updated AFTER UPDATE ON listing
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_updated_listings();
CREATE TRIGGER listing_counted_deleted BEFORE DELETE ON listing
    FOR EACH ROW EXECUTE FUNCTION uncount_deleted_listing();
CREATE TRIGGER listing_counted_truncated AFTER TRUNCATE ON listing
    FOR EACH STATEMENT EXECUTE FUNCTION forget_published_counts();
CREATE TRIGGER listing_certification_counted_inserted AFTER INSERT ON listing_certification
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_listing_certifications();
CREATE TRIGGER listing_certification_counted_updated AFTER UPDATE ON listing_certification
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_listing_certifications();
CREATE TRIGGER listing_certification_counted_deleted AFTER DELETE ON listing_certification
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_listing_certifications();
CREATE TRIGGER listing_certification_counted_truncated AFTER TRUNCATE ON listing_certification
    FOR EACH STATEMENT EXECUTE FUNCTION forget_published_counts();

SELECT recount_published_listings();

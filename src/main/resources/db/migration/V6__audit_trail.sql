-- Audit trail: one entry per write of a listing, written in the write's own transaction, so the trail can neither miss
-- a committed change nor record one that was rolled back. `changes` holds {"field": {"old": ..., "new": ...}} of the
-- fields that changed. Entries are never updated or deleted by the service.

CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           bigint       PRIMARY KEY,
    agency_code  varchar(8)   NOT NULL REFERENCES agency (code),
    listing_id   bigint       NOT NULL REFERENCES listing (id),
    actor        text         NOT NULL,
    action       varchar(16)  NOT NULL
                 CHECK (action IN ('CREATE', 'UPDATE', 'PUBLISH', 'WITHDRAW', 'UPSERT_CREATE', 'UPSERT_UPDATE')),
    changes      jsonb        NOT NULL,
    at           timestamptz  NOT NULL
);

-- An agency's trail, newest first, by keyset; and one listing's trail.
CREATE INDEX audit_entry_agency_idx  ON audit_entry (agency_code, at DESC, id DESC);
CREATE INDEX audit_entry_listing_idx ON audit_entry (listing_id, at DESC, id DESC);

-- Feed imports run as jobs: a row per import with its counters, and the first rejected rows with their reasons.
-- A job still RUNNING when an instance starts was cut off by a restart and is marked FAILED.

CREATE TABLE import_job (
    id            uuid         PRIMARY KEY,
    agency_code   varchar(8)   NOT NULL REFERENCES agency (code),
    actor         text         NOT NULL,
    format        varchar(8)   NOT NULL CHECK (format IN ('CSV', 'JSONL', 'XML')),
    -- FULL_SYNC: at the end of a successful import, the agency's listings absent from the file are withdrawn
    mode          varchar(16)  NOT NULL DEFAULT 'MERGE' CHECK (mode IN ('MERGE', 'FULL_SYNC')),
    state         varchar(16)  NOT NULL CHECK (state IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    rows_read     integer      NOT NULL DEFAULT 0,
    created       integer      NOT NULL DEFAULT 0,
    updated       integer      NOT NULL DEFAULT 0,
    unchanged     integer      NOT NULL DEFAULT 0,
    rejected      integer      NOT NULL DEFAULT 0,
    withdrawn     integer      NOT NULL DEFAULT 0,
    failure_code  varchar(32),
    failure       text,
    started_at    timestamptz  NOT NULL,
    finished_at   timestamptz
);
CREATE INDEX import_job_agency_idx ON import_job (agency_code, started_at DESC, id DESC);
CREATE INDEX import_job_running_idx ON import_job (state) WHERE state = 'RUNNING';

CREATE TABLE import_rejection (
    job_id       uuid     NOT NULL REFERENCES import_job (id),
    row_number   integer  NOT NULL,
    external_id  text,
    field        text,
    code         varchar(64) NOT NULL,
    message      text     NOT NULL
);
CREATE INDEX import_rejection_job_idx ON import_rejection (job_id, row_number);

-- The externalIds a FULL_SYNC import has read, so that "absent from the file" is a query, not a set in memory.
CREATE TABLE import_seen (
    job_id       uuid          NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    external_id  varchar(128)  NOT NULL,
    PRIMARY KEY (job_id, external_id)
);

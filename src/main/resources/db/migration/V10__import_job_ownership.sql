-- Several instances share the database. Each import job records the instance running it and when that instance last
-- showed it was still at it (every batch, and a timer). A RUNNING job whose heartbeat is older than
-- catalog.ingest.stale-after was cut off (its instance stopped or died) and is marked FAILED (INTERRUPTED) by whichever
-- instance sweeps first; a live job of another instance is never touched.

ALTER TABLE import_job ADD COLUMN owner_instance text;
ALTER TABLE import_job ADD COLUMN heartbeat_at timestamptz;
-- jobs from before: a RUNNING one's heartbeat is its start, so it counts as cut off once it is old enough
UPDATE import_job SET heartbeat_at = COALESCE(finished_at, started_at);
ALTER TABLE import_job ALTER COLUMN heartbeat_at SET NOT NULL;

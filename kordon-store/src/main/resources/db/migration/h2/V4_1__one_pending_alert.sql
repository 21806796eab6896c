-- H2: one pending alert per subject, listed entity and kind. H2 has no partial index, so a generated column is TRUE
-- for a pending alert and NULL otherwise, and is unique with the subject, entity and kind (NULLs never collide, so
-- decided and closed alerts do not).
ALTER TABLE alert ADD COLUMN pending_key BOOLEAN GENERATED ALWAYS AS (CASE WHEN status IN ('OPEN', 'ESCALATED') THEN TRUE END);
CREATE UNIQUE INDEX alert_one_pending ON alert (subject_id, entity_id, kind, pending_key);

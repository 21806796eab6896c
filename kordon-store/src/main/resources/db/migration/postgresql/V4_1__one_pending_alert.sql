-- PostgreSQL: one pending alert per subject, listed entity and kind.
CREATE UNIQUE INDEX alert_one_pending ON alert (subject_id, entity_id, kind) WHERE status IN ('OPEN', 'ESCALATED');

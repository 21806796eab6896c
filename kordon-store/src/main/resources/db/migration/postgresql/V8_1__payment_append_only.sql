-- PostgreSQL: payments and their alert links refuse UPDATE, DELETE (kordon_append_only, V2) and TRUNCATE
-- (kordon_no_truncate, V5).
CREATE TRIGGER payment_append_only BEFORE UPDATE OR DELETE ON payment FOR EACH ROW EXECUTE FUNCTION kordon_append_only();
CREATE TRIGGER payment_alert_append_only BEFORE UPDATE OR DELETE ON payment_alert FOR EACH ROW EXECUTE FUNCTION kordon_append_only();
CREATE TRIGGER payment_no_truncate BEFORE TRUNCATE ON payment FOR EACH STATEMENT EXECUTE FUNCTION kordon_no_truncate();
CREATE TRIGGER payment_alert_no_truncate BEFORE TRUNCATE ON payment_alert FOR EACH STATEMENT EXECUTE FUNCTION kordon_no_truncate();
-- One pending alert per subject, listed entity and kind holds for name and ownership alerts (V4_1), not for payment
-- alerts: each held payment has its own alerts, and two payments of one customer to one listed bank are two cases.
DROP INDEX alert_one_pending;
CREATE UNIQUE INDEX alert_one_pending ON alert (subject_id, entity_id, kind) WHERE status IN ('OPEN', 'ESCALATED') AND kind <> 'payment';

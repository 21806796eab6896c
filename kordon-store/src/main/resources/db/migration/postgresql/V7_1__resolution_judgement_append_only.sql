-- PostgreSQL: judgements refuse UPDATE, DELETE (kordon_append_only, V2) and TRUNCATE (kordon_no_truncate, V5).
CREATE TRIGGER judgement_append_only BEFORE UPDATE OR DELETE ON resolution_judgement FOR EACH ROW EXECUTE FUNCTION kordon_append_only();
CREATE TRIGGER resolution_judgement_no_truncate BEFORE TRUNCATE ON resolution_judgement FOR EACH STATEMENT EXECUTE FUNCTION kordon_no_truncate();

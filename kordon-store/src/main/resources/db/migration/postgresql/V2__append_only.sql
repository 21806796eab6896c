-- PostgreSQL: history tables refuse UPDATE and DELETE.
CREATE FUNCTION kordon_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'kordon: table % is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER decision_append_only BEFORE UPDATE OR DELETE ON decision FOR EACH ROW EXECUTE FUNCTION kordon_append_only();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION kordon_append_only();
CREATE TRIGGER version_append_only BEFORE UPDATE OR DELETE ON list_version FOR EACH ROW EXECUTE FUNCTION kordon_append_only();
CREATE TRIGGER listed_append_only BEFORE UPDATE OR DELETE ON listed_entity FOR EACH ROW EXECUTE FUNCTION kordon_append_only();
CREATE TRIGGER change_append_only BEFORE UPDATE OR DELETE ON list_change FOR EACH ROW EXECUTE FUNCTION kordon_append_only();

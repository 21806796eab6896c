-- H2: judgements refuse UPDATE and DELETE (org.kordon.store.AppendOnlyTrigger throws), and TRUNCATE as V5 guards the
-- other history tables: H2 refuses to truncate a table a foreign key references, even from an empty table.
CREATE TRIGGER judgement_append_only BEFORE UPDATE, DELETE ON resolution_judgement FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger';
CREATE TABLE judgement_truncate_guard (
    judgement_id BIGINT REFERENCES resolution_judgement (id),
    CHECK (judgement_id IS NULL)
);

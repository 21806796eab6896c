-- H2: history tables refuse UPDATE and DELETE (org.kordon.store.AppendOnlyTrigger throws).
CREATE TRIGGER decision_append_only BEFORE UPDATE, DELETE ON decision FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger';
CREATE TRIGGER audit_append_only BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger';
CREATE TRIGGER version_append_only BEFORE UPDATE, DELETE ON list_version FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger';
CREATE TRIGGER listed_append_only BEFORE UPDATE, DELETE ON listed_entity FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger';
CREATE TRIGGER change_append_only BEFORE UPDATE, DELETE ON list_change FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger';

-- From V6 on a name alert is on a resolved entity (issue 25): entity_id is the entity's id (ke:...), listing_id the
-- listing whose name matched best, listing_ids every listing of the entity when the alert was raised, one per line.
-- Alerts raised before keep entity_id = a listing's id; read back, their listing_id is that id and listing_ids it alone.
ALTER TABLE alert ADD COLUMN listing_id VARCHAR(300);
ALTER TABLE alert ADD COLUMN listing_ids VARCHAR(8000) DEFAULT '' NOT NULL;
-- The resolved entity of each listing of a version, so that the next version's diff can speak of entities ("newly
-- listed by the EU", "delisted") also after a restart. Versions recorded before keep it null.
ALTER TABLE listed_entity ADD COLUMN resolved_id VARCHAR(300);

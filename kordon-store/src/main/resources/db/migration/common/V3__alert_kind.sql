-- Alerts of more than one kind: 'name' (the matcher found the subject's name on a list) and 'ownership' (listed
-- parties own or control the subject; the explanation holds the path). A subject x entity pair may have one alert
-- of each kind.
ALTER TABLE alert ADD COLUMN kind VARCHAR(20) DEFAULT 'name' NOT NULL;
CREATE INDEX alert_pair_kind ON alert (subject_id, entity_id, kind);

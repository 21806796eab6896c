-- A delta re-screen asks which subjects were saved since its subject index was read (by another server sharing the
-- database): an index on the time of the last save keeps that a range scan.
CREATE INDEX subject_updated ON subject (updated_at);

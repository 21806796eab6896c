-- From V4_1 on the database allows one pending (open or escalated) alert per subject, listed entity and kind, so that
-- servers sharing one database cannot raise the same alert twice. Before, two servers screening the same subject at
-- once could. Of such duplicates keep the escalated one, else the oldest, and close the others with an audit entry,
-- as a list load closes an alert. (The kept alert is never closed: no other is preferred to it.)
INSERT INTO audit_entry (at, actor, action, subject_id, alert_id, entity_id, version_id, detail)
SELECT CURRENT_TIMESTAMP, 'kordon', 'ALERT_CLOSED', a.subject_id, a.id, a.entity_id, a.version_id,
       'duplicate of a pending alert on the same subject, entity and kind (closed by database migration V4)'
FROM alert a
WHERE a.status IN ('OPEN', 'ESCALATED') AND EXISTS (
    SELECT 1 FROM alert b
    WHERE b.subject_id = a.subject_id AND b.entity_id = a.entity_id AND b.kind = a.kind AND b.id <> a.id
      AND b.status IN ('OPEN', 'ESCALATED')
      AND (b.status = 'ESCALATED' AND a.status = 'OPEN' OR b.status = a.status AND b.id < a.id));

UPDATE alert a SET status = 'CLOSED'
WHERE a.status IN ('OPEN', 'ESCALATED') AND EXISTS (
    SELECT 1 FROM alert b
    WHERE b.subject_id = a.subject_id AND b.entity_id = a.entity_id AND b.kind = a.kind AND b.id <> a.id
      AND b.status IN ('OPEN', 'ESCALATED')
      AND (b.status = 'ESCALATED' AND a.status = 'OPEN' OR b.status = a.status AND b.id < a.id));

-- Rights of Kordon's application role on PostgreSQL (docs/reliability/audit.md, "The database user").
-- Run as the owner role (kordon_owner), in Kordon's database, after Kordon has created or migrated the schema
-- with the owner's URL. Run it again after each upgrade that adds tables. The application role (kordon_app) may
-- read and append, update subjects, alerts' status and the chain head, and nothing else: no DELETE, no
-- TRUNCATE, no DDL, and, not being the owner, no ALTER TABLE ... DISABLE TRIGGER and no DROP TRIGGER.
-- kordon-store's AuditChainPostgresTest runs this file.

-- PostgreSQL 14 and older let every role create objects in the public schema (15 and later do not).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO kordon_app;

-- History: read and append only (the triggers refuse UPDATE, DELETE and TRUNCATE even to the owner).
GRANT SELECT, INSERT ON list_version, listed_entity, list_change, decision, audit_entry, resolution_judgement, payment, payment_alert TO kordon_app;
-- Current state: subjects change, an alert's status changes, the chain head moves (a trigger keeps it on the last entry).
GRANT SELECT, INSERT, UPDATE ON subject, alert TO kordon_app;
GRANT SELECT, UPDATE ON audit_head TO kordon_app;
-- Kordon checks on start that the schema is migrated; it never migrates as kordon_app.
GRANT SELECT ON flyway_schema_history TO kordon_app;
-- The id columns' sequences.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kordon_app;

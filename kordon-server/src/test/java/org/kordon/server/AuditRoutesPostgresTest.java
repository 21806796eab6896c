package org.kordon.server;

import org.kordon.store.EmbeddedPg;

class AuditRoutesPostgresTest extends AuditRoutesContract {
    @Override
    String newDatabaseUrl() {
        return EmbeddedPg.newDatabase();
    }

    @Override
    String disableAuditAppendOnly() {
        return "ALTER TABLE audit_entry DISABLE TRIGGER audit_append_only";
    }
}

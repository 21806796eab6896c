package org.kordon.server;

import org.kordon.store.Store;

class AuditRoutesH2Test extends AuditRoutesContract {
    @Override
    String newDatabaseUrl() {
        return Store.h2Url(dir.resolve("db").resolve("kordon"));
    }

    @Override
    String disableAuditAppendOnly() {
        return "DROP TRIGGER audit_append_only";
    }
}

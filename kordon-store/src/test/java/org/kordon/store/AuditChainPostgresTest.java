package org.kordon.store;

class AuditChainPostgresTest extends AuditChainContract {
    @Override
    String newDatabaseUrl() {
        return EmbeddedPg.newDatabase();
    }

    @Override
    String disableAppendOnly(String table, String trigger) {
        return "ALTER TABLE " + table + " DISABLE TRIGGER " + trigger;
    }

    @Override
    String disableTruncateGuard(String table) {
        return "DROP TRIGGER " + table + "_no_truncate ON " + table;
    }

    @Override
    String truncate(String table) {
        return "TRUNCATE TABLE " + table + " CASCADE";
    }

    @Override
    String truncateRefused() {
        return "TRUNCATE of table";
    }
}

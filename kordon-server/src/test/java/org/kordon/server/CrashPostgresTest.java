package org.kordon.server;

import org.kordon.store.EmbeddedPg;

/** SIGKILL during decisions on PostgreSQL: only the Kordon JVM is killed, the database server keeps running. */
class CrashPostgresTest extends CrashContract {
    @Override
    String newDatabaseUrl() {
        return EmbeddedPg.newDatabase();
    }
}

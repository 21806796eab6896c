package org.kordon.server;

import org.kordon.store.EmbeddedPg;

class ServerPostgresTest extends ServerContract {
    @Override
    String newDatabaseUrl() {
        return EmbeddedPg.newDatabase();
    }
}

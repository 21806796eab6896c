package org.kordon.server;

import org.kordon.store.Store;

class ServerH2Test extends ServerContract {
    @Override
    String newDatabaseUrl() {
        return Store.h2Url(dir.resolve("db").resolve("kordon"));
    }
}

package org.kordon.server;

import org.kordon.store.Store;

/** SIGKILL during decisions on the embedded default: an H2 file in the URL form {@code kordon serve} uses. */
class CrashH2Test extends CrashContract {
    @Override
    String newDatabaseUrl() {
        return Store.h2Url(dir.resolve("db").resolve("kordon"));
    }
}

package org.kordon.server;

import org.kordon.store.Store;

class PaymentReviewH2Test extends PaymentReviewContract {
    @Override
    String newDatabaseUrl() {
        return Store.h2Url(dir.resolve("db").resolve("kordon"));
    }
}

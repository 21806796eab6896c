package org.kordon.server;

import org.kordon.store.EmbeddedPg;

class PaymentReviewPostgresTest extends PaymentReviewContract {
    @Override
    String newDatabaseUrl() {
        return EmbeddedPg.newDatabase();
    }
}

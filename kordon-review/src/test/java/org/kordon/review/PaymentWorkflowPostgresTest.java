package org.kordon.review;

import org.kordon.store.EmbeddedPg;

class PaymentWorkflowPostgresTest extends PaymentWorkflowContract {
    @Override
    String newDatabaseUrl() {
        return EmbeddedPg.newDatabase();
    }
}

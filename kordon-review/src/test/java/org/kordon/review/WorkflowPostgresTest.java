package org.kordon.review;

import org.kordon.store.EmbeddedPg;

class WorkflowPostgresTest extends WorkflowContract {
    @Override
    String newDatabaseUrl() {
        return EmbeddedPg.newDatabase();
    }
}

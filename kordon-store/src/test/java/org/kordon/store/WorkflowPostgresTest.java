package org.kordon.store;

class WorkflowPostgresTest extends WorkflowContract {
    @Override
    String newDatabaseUrl() {
        return EmbeddedPg.newDatabase();
    }
}

package org.kordon.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the database-level guard on history tables: any UPDATE or DELETE of a decision, an audit entry or
 * a list version fails with {@code kordon: table DECISION is append-only}. PostgreSQL's half is a PL/pgSQL trigger
 * function (see {@code db/migration/postgresql/V2__append_only.sql}).
 *
 * <p>Public only because H2 instantiates triggers by class name; it is no part of the store's API.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String table = "?";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("kordon: table " + table + " is append-only (" + (newRow == null ? "DELETE" : "UPDATE") + " refused)", "23000");
    }
}

package org.kordon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.store.Alert;
import org.kordon.store.EmbeddedPg;
import org.kordon.store.Outcome;
import org.kordon.store.Store;

class AuditChainPostgresTest extends AuditChainContract {
    /** The grants of docs/reliability/audit.md, run here as written (the module's folder is the working directory). */
    static final Path GRANTS = Path.of("..", "docs", "reliability", "postgresql-grants.sql");

    @Override
    String newDatabaseUrl() {
        return EmbeddedPg.newDatabase();
    }

    @Override
    String disableAppendOnly(String table, String trigger) {
        return "ALTER TABLE " + table + " DISABLE TRIGGER " + trigger;
    }

    @Override
    String disableTruncateGuard(String table) {
        return "DROP TRIGGER " + table + "_no_truncate ON " + table;
    }

    @Override
    String truncate(String table) {
        return "TRUNCATE TABLE " + table + " CASCADE";
    }

    @Override
    String truncateRefused() {
        return "TRUNCATE of table";
    }

    @Test
    void roles_ownerMigratesAppWrites_appCannotDeleteTruncateDisableTriggersOrRewindTheHead() throws IOException, SQLException {
        String admin = EmbeddedPg.newDatabase();
        String db = admin.substring(admin.lastIndexOf('/') + 1, admin.indexOf('?'));
        String owner = db + "_owner";
        String app = db + "_app";
        run(admin, "CREATE ROLE " + owner + " LOGIN PASSWORD 'owner-pw'", "CREATE ROLE " + app + " LOGIN PASSWORD 'app-pw'",
                "ALTER DATABASE " + db + " OWNER TO " + owner, "ALTER SCHEMA public OWNER TO " + owner);
        String ownerUrl = admin.replace("user=postgres", "user=" + owner + "&password=owner-pw");
        String appUrl = admin.replace("user=postgres", "user=" + app + "&password=app-pw");
        Store.open(ownerUrl).close();
        run(ownerUrl, Files.readString(GRANTS, StandardCharsets.UTF_8).replace("kordon_app", app));

        try (Store appStore = Store.open(appUrl)) {
            Workflow appWf = Workflow.open(appStore, Fixtures.v1(), THRESHOLD);
            Alert a = appWf.screen(person("C-1", "Vladimir Putin"), "batch").opened().get(0);
            appWf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake", "web-ui");
            org.kordon.store.Payment p = appWf.recordPayments("C-2", PaymentWorkflowContract.MESSAGE,
                    List.of(PaymentWorkflowContract.blockedToRosneft("MSG-1")), "batch").get(0);
            for (long id : p.alertIds()) {
                appWf.decide(id, Outcome.FALSE_POSITIVE, "anna", "not Rosneft", "web-ui");
            }
            assertThat(appStore.payment(p.id()).orElseThrow().status()).isEqualTo(org.kordon.store.PaymentStatus.RELEASED);
            assertThat(appStore.verifyAudit().intact()).isTrue();
            assertThatThrownBy(() -> run(appUrl, "DELETE FROM payment_alert")).hasMessageContaining("permission denied");

            assertThatThrownBy(() -> run(appUrl, "TRUNCATE TABLE audit_entry")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> run(appUrl, "DELETE FROM audit_entry")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> run(appUrl, "UPDATE audit_entry SET actor = 'mallory'")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> run(appUrl, "ALTER TABLE audit_entry DISABLE TRIGGER audit_append_only")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> run(appUrl, "DROP TRIGGER audit_append_only ON audit_entry")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> run(appUrl, "UPDATE audit_head SET seq = 1")).hasMessageContaining("must name the last audit entry");
            assertThatThrownBy(() -> run(appUrl, "DELETE FROM decision")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> run(appUrl, "CREATE TABLE shadow (id INT)")).hasMessageContaining("permission denied");
            assertThat(appStore.verifyAudit().intact()).isTrue();
        }
    }

    private static void run(String url, String sql) throws SQLException {
        run(url, new String[] {sql});
    }

    private static void run(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }
}

package org.kordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the store opens H2 so that an acknowledged write survives a crash (the crash itself: kordon-server's CrashH2Test). */
class StoreDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void open_defaultH2Url_writesEachCommitAtOnce() throws SQLException {
        String url = Store.h2Url(dir.resolve("kordon"));
        try (Store store = Store.open(url)) {
            assertThat(writeDelay(url)).isEqualTo("0");
            assertThat(store.versions()).isEmpty();
        }
    }

    @Test
    void open_delayedForBenchmarks_keepsH2Default() throws SQLException {
        String url = Store.h2Url(dir.resolve("kordon"));
        try (Store store = Store.open(url, Store.Durability.DELAYED)) {
            assertThat(writeDelay(url)).isEqualTo("500");
        }
    }

    @Test
    void open_h2UrlAskingForWriteDelay_refusedNamingTheSetting() {
        String url = Store.h2Url(dir.resolve("kordon")) + ";write_delay=500";

        assertThatThrownBy(() -> Store.open(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WRITE_DELAY=500").hasMessageContaining("remove the setting");
    }

    @Test
    void open_h2UrlWithWriteDelayZero_accepted() throws SQLException {
        String url = Store.h2Url(dir.resolve("kordon")) + ";WRITE_DELAY=0";
        try (Store store = Store.open(url)) {
            assertThat(writeDelay(url)).isEqualTo("0");
        }
    }

    @Test
    void open_h2UrlWithWriteDelayNotANumber_refused() {
        assertThatThrownBy(() -> Store.open(Store.h2Url(dir.resolve("kordon")) + ";WRITE_DELAY=soon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WRITE_DELAY must be a whole number");
    }

    @Test
    void open_h2InMemory_opensWithoutSync() {
        try (Store store = Store.open("jdbc:h2:mem:durability-test;DB_CLOSE_DELAY=-1")) {
            assertThat(store.versions()).isEmpty();
        }
    }

    @Test
    void open_postgresWithWeakerDurability_refusedBeforeConnecting() {
        assertThatThrownBy(() -> Store.open("jdbc:postgresql://localhost:1/none", Store.Durability.WRITTEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("synchronous_commit");
    }

    @Test
    void h2WithWriteDelay_appendsZeroUnlessDelayed() {
        assertThat(Store.h2WithWriteDelay("jdbc:h2:file:/x/k;DB_CLOSE_ON_EXIT=FALSE", Store.Durability.SYNCED))
                .isEqualTo("jdbc:h2:file:/x/k;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(Store.h2WithWriteDelay("jdbc:h2:file:/x/k", Store.Durability.WRITTEN)).isEqualTo("jdbc:h2:file:/x/k;WRITE_DELAY=0");
        assertThat(Store.h2WithWriteDelay("jdbc:h2:file:/x/k", Store.Durability.DELAYED)).isEqualTo("jdbc:h2:file:/x/k");
    }

    @Test
    void h2Setting_nameInAnyCase_lastWins() {
        assertThat(Store.h2Setting("jdbc:h2:file:/x;Write_Delay=10;CACHE_SIZE=8;WRITE_DELAY=20", "WRITE_DELAY")).isEqualTo("20");
        assertThat(Store.h2Setting("jdbc:h2:file:/x;CACHE_SIZE=8", "WRITE_DELAY")).isNull();
    }

    /** H2's write delay as the open database reports it (a second connection in this JVM joins the open database). */
    private static String writeDelay(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

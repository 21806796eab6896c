package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.SourceRef;

class ListHealthTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    Path tmp;

    private Path file(String name, Instant modified) throws IOException {
        Path f = tmp.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "<?xml version=\"1.0\"?><CONSOLIDATED_LIST dateGenerated=\"2026-12-07T00:00:00Z\"/>");
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    private static LoadedFile loaded(Path f, ListFormat format, String list, String version, int entities) {
        return new LoadedFile(f, format, new SourceRef(list, version), entities, 0);
    }

    private static void versionProperties(Path dir, String checkedAt) throws IOException {
        Properties p = new Properties();
        p.setProperty("checked-at", checkedAt);
        try (OutputStream out = Files.newOutputStream(dir.resolve(ListUpdater.VERSION_FILE))) {
            p.store(out, null);
        }
    }

    @Test
    void check_freshLists_healthyWithTheirAges() throws IOException {
        Path un = file("un/UN.xml", NOW);
        ListHealth h = ListHealth.check(List.of(), null,
                List.of(loaded(un, ListFormat.UN_XML, "un", "2026-12-06T00:00:09.554Z", 1003)), WEEK, NOW);

        assertThat(h.healthy()).isTrue();
        assertThat(h.sources()).singleElement().satisfies(s -> {
            assertThat(s.basis()).isEqualTo("published");
            assertThat(s.asOf()).isEqualTo(Instant.parse("2026-12-06T00:00:09.554Z"));
            assertThat(s.age()).isEqualTo(Duration.between(s.asOf(), NOW));
            assertThat(s.entities()).isEqualTo(1003);
        });
    }

    @Test
    void check_publishedLongAgo_degradedNamingSourceAgeAndLimit_evenIfTheFileWasCopiedToday() throws IOException {
        Path un = file("un/UN.xml", NOW);
        ListHealth h = ListHealth.check(List.of(), null,
                List.of(loaded(un, ListFormat.UN_XML, "un", "2026-02-27T00:00:09.554Z", 1003)), WEEK, NOW);

        assertThat(h.problems()).singleElement().asString()
                .isEqualTo("un (" + un + ") is 283d 11h old (published 2026-02-27T00:00:09.554Z); at most 7d allowed:"
                        + " run 'kordon lists update' and reload");
    }

    @Test
    void check_listUpdateConfirmedItYesterday_freshThoughPublishedLongAgo() throws IOException {
        Path sdn = file("data/ofac-cons/20250110000000-abc/CONS_ENHANCED.ZIP", Instant.parse("2025-01-10T00:00:00Z"));
        versionProperties(sdn.getParent(), "2026-12-06T23:00:00Z");

        ListHealth h = ListHealth.check(List.of(), null,
                List.of(loaded(sdn, ListFormat.OFAC_XML, "ofac-cons", "2025-01-10", 443)), Duration.ofHours(36), NOW);

        assertThat(h.healthy()).isTrue();
        assertThat(h.sources().get(0).basis()).isEqualTo("checked");
        assertThat(ListHealth.format(h.sources().get(0).age())).isEqualTo("13h");
    }

    @Test
    void check_fileWithoutDate_agedByItsModificationTime() throws IOException {
        Path sdn = file("ofac/sdn.csv", NOW.minus(Duration.ofDays(10)));

        ListHealth h = ListHealth.check(List.of(), null, List.of(loaded(sdn, ListFormat.OFAC_CSV, "ofac-sdn", null, 7)), WEEK, NOW);

        assertThat(h.sources().get(0).basis()).isEqualTo("modified");
        assertThat(h.problems()).singleElement().asString().contains("ofac-sdn (" + sdn + ") is 10d old (modified ");
    }

    @Test
    void check_withoutAgeLimit_oldListsHealthy() throws IOException {
        Path sdn = file("ofac/sdn.csv", Instant.parse("2020-01-01T00:00:00Z"));

        assertThat(ListHealth.check(List.of(), null, List.of(loaded(sdn, ListFormat.OFAC_CSV, "ofac-sdn", null, 7)), null, NOW)
                .healthy()).isTrue();
    }

    @Test
    void check_configuredPathGone_degraded() throws IOException {
        Path un = file("un/UN.xml", NOW);
        Path gone = tmp.resolve("eu");

        ListHealth h = ListHealth.check(List.of(un, gone), null, List.of(loaded(un, ListFormat.UN_XML, "un", null, 3)), WEEK, NOW);

        assertThat(h.problems()).containsExactly(gone + " is missing: the lists cannot be reloaded from it");
    }

    @Test
    void check_configuredFolderNowWithoutList_degraded() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("lists"));
        Path un = file("un/UN.xml", NOW);

        ListHealth h = ListHealth.check(List.of(dir), null, List.of(loaded(un, ListFormat.UN_XML, "un", null, 3)), WEEK, NOW);

        assertThat(h.problems()).singleElement().asString().startsWith(dir + " no longer holds a list: ");
    }

    @Test
    void check_fileInForceGoneFromDisk_andEmptySource_degraded() throws IOException {
        Path gone = tmp.resolve("data/un/20260101-old/UN.xml");

        ListHealth h = ListHealth.check(List.of(), null, List.of(loaded(gone, ListFormat.UN_XML, "un", "2026-12-07", 0)), WEEK, NOW);

        assertThat(h.problems()).containsExactly("un (" + gone + ") is empty",
                "un (" + gone + ") is gone from disk (replaced by a newer download?): reload the lists");
    }

    @Test
    void check_nothingInForce_degraded() {
        assertThat(ListHealth.check(List.of(), null, List.of(), null, NOW).problems()).containsExactly("no list is in force");
    }

    @Test
    void published_readsTheDatesListsGive() {
        assertThat(ListHealth.published("2024-12-11T21:24:35.826+01:00")).contains(Instant.parse("2024-12-11T20:24:35.826Z"));
        assertThat(ListHealth.published("2025-01-10T00:00:00")).contains(Instant.parse("2025-01-10T00:00:00Z"));
        assertThat(ListHealth.published("2025-04-10")).contains(Instant.parse("2025-04-10T00:00:00Z"));
        assertThat(ListHealth.published("Mon_Aug_11_2025")).isEmpty();
        assertThat(ListHealth.published(null)).isEmpty();
    }

    @Test
    void parseAge_unitsAndIso() {
        assertThat(ListHealth.parseAge("36h")).isEqualTo(Duration.ofHours(36));
        assertThat(ListHealth.parseAge("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(ListHealth.parseAge("1d12h")).isEqualTo(Duration.ofHours(36));
        assertThat(ListHealth.parseAge("2w")).isEqualTo(Duration.ofDays(14));
        assertThat(ListHealth.parseAge("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(ListHealth.parseAge("PT36H")).isEqualTo(Duration.ofHours(36));
    }

    @Test
    void parseAge_badText_quoted() {
        assertThatThrownBy(() -> ListHealth.parseAge("7 days")).hasMessage("'7 days' is not an age (e.g. 36h, 7d, 1d12h, PT36H)");
        assertThatThrownBy(() -> ListHealth.parseAge("0h")).hasMessage("age '0h' must be positive");
        assertThatThrownBy(() -> ListHealth.parseAge("h")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void format_readableAges() {
        assertThat(ListHealth.format(Duration.ofMinutes(12))).isEqualTo("12m");
        assertThat(ListHealth.format(Duration.ofHours(36))).isEqualTo("36h");
        assertThat(ListHealth.format(Duration.ofMinutes(61))).isEqualTo("1h 1m");
        assertThat(ListHealth.format(Duration.ofHours(24 * 283 + 2))).isEqualTo("283d 2h");
    }
}

package org.kordon.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kordon.resolution.Listings.id;
import static org.kordon.resolution.Listings.labelled;
import static org.kordon.resolution.Listings.person;
import static org.kordon.resolution.Listings.putin;
import static org.kordon.resolution.Listings.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;

class ResolutionCacheTest {
    private static final String KEY = ResolutionCache.key("lists-checksum");

    @TempDir
    Path dir;

    private final List<String> said = new ArrayList<>();

    /**
     * Every kind of link: Putin's four listings (followed, names with commas), two Sergei Ivanovs (possibly the same),
     * a passport link refused for a birth date, a UN reference followed despite a birth date one month apart.
     */
    private static ListSnapshot lists() {
        List<Entity.Builder> ls = new ArrayList<>(putin());
        ls.add(person("ofac-sdn:34598", "ofac-sdn", "RUSSIA-EO14024", "IVANOV, Sergei Sergeevich", null));
        ls.add(person("uk:99001", "uk-ofsi", "Russia", "Sergei Sergeevich IVANOV", null));
        ls.add(person("ofac-sdn:1", "ofac-sdn", "RUSSIA-EO14024", "PETROV, Oleg", "1960-01-01")
                .identifier(id(IdType.PASSPORT, "753001122", "ru")));
        ls.add(person("eu:32014R0269-I.PERSONS-1", "eu-32014R0269", "EU-UKR", "Oleg PETROV", null)
                .identifier(id(IdType.PASSPORT, "753001122", "ru"))
                .identifier(new Identifier(IdType.TAX_ID, "770100200300", "ru", "INN")));
        ls.add(person("uk:1", "uk-ofsi", "Russia", "Oleg PETROV", "1971-05-05")
                .identifier(new Identifier(IdType.TAX_ID, "770100200300", "ru", "INN")));
        ls.add(person("un:QDi.028", "un", "AQ", "Abu \"the quoted\" AL-TEST", "1965-03-01"));
        ls.add(person("uk:9001", "uk-ofsi", "AQ", "AL-TEST, Abu", "1965-04-01").identifier(labelled("UN Ref", "QDi.028")));
        return snapshot(ls.toArray(Entity.Builder[]::new));
    }

    private ResolutionCache.Outcome resolve(ResolutionCache cache, ListSnapshot s, Supplier<Screener> names) {
        return cache.resolve(KEY, s, names, said::add);
    }

    /** A cache in {@link #dir} holding the resolution of {@code s}. */
    private ResolutionCache cacheOf(ListSnapshot s) throws IOException {
        ResolutionCache cache = new ResolutionCache(dir);
        cache.write(KEY, s, Resolver.resolve(s));
        return cache;
    }

    /** Reading {@code cache} for {@code s} gives nothing and says so in one line with {@code words}. */
    private void assertIgnored(ResolutionCache cache, ListSnapshot s, String... words) {
        assertThat(cache.read(KEY, s, said::add)).isEmpty();
        assertThat(said).singleElement().asString().contains(words);
    }

    private static Supplier<Screener> never() {
        return () -> {
            throw new AssertionError("a cached resolution builds no name index");
        };
    }

    @Test
    void resolve_fromTheCache_equalsAFreshResolution() {
        ListSnapshot s = lists();
        Resolution fresh = Resolver.resolve(s);
        assertThat(fresh.entities()).anySatisfy(e -> assertThat(e.listings()).hasSize(4));
        assertThat(fresh.possiblySame()).isNotEmpty();
        assertThat(fresh.refused()).isNotEmpty();
        assertThat(fresh.followed()).anySatisfy(l -> assertThat(l.evidence()).contains("despite"));
        ResolutionCache cache = new ResolutionCache(dir);

        ResolutionCache.Outcome first = resolve(cache, s, () -> Screeners.build(s, Algorithm.KORDON));
        ResolutionCache.Outcome second = resolve(cache, s, never());

        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(first.resolution()).isEqualTo(fresh);
        assertThat(second.resolution()).isEqualTo(fresh);
        assertThat(said).isEmpty();
    }

    @Test
    void key_withJudgements_isAnotherKey_andWithoutIsTheListsKey() {
        Judgement split = new Judgement(Judgement.Kind.SPLIT, "uk:14196", "uk:RUS0251", "bob", "two people", java.time.Instant.EPOCH);

        assertThat(ResolutionCache.key("lists-checksum", List.of())).isEqualTo(KEY);
        assertThat(ResolutionCache.key("lists-checksum", List.of(split))).isNotEqualTo(KEY)
                .isEqualTo(ResolutionCache.key("lists-checksum", List.of(split)))
                .isNotEqualTo(ResolutionCache.key("lists-checksum", List.of(split, new Judgement(Judgement.Kind.JOIN, "ofac-sdn:34598",
                        "uk:99001", "anna", "same person", java.time.Instant.EPOCH))));
    }

    @Test
    void resolve_aNewJudgement_neverReadsTheResolutionMadeWithoutIt() {
        ListSnapshot s = lists();
        ResolutionCache cache = new ResolutionCache(dir);
        resolve(cache, s, () -> Screeners.build(s, Algorithm.KORDON));
        List<Judgement> judgements = List.of(new Judgement(Judgement.Kind.SPLIT, "uk:14196", "uk:RUS0251", "bob", "two people",
                java.time.Instant.EPOCH));
        String key = ResolutionCache.key("lists-checksum", judgements);

        ResolutionCache.Outcome first = cache.resolve(key, s, judgements, () -> Screeners.build(s, Algorithm.KORDON), said::add);
        ResolutionCache.Outcome second = cache.resolve(key, s, judgements, never(), said::add);

        assertThat(first.fromCache()).isFalse();
        assertThat(first.resolution().find("uk:14196")).isNotEqualTo(first.resolution().find("uk:RUS0251"));
        assertThat(second.fromCache()).isTrue();
        assertThat(second.resolution()).isEqualTo(first.resolution())
                .isEqualTo(Resolver.resolve(s, Screeners.build(s, Algorithm.KORDON), judgements));
        assertThat(second.resolution().judgements()).singleElement()
                .extracting(JudgementOutcome::status).isEqualTo(JudgementOutcome.Status.APPLIED);
        assertThat(said).isEmpty();
    }

    @Test
    void of_linksOfAFreshResolution_giveTheSameEntitiesIdsAndLinks() {
        ListSnapshot s = lists();
        Resolution fresh = Resolver.resolve(s);

        Resolution rebuilt = Resolution.of(s, fresh.followed(), fresh.possiblySame(), fresh.refused());

        assertThat(rebuilt).isEqualTo(fresh);
        assertThat(rebuilt.stats()).isEqualTo(fresh.stats());
    }

    @Test
    void key_isAHexDigestOfTheListsVersion() {
        assertThat(ResolutionCache.key("a")).isEqualTo(ResolutionCache.key("a")).isNotEqualTo(ResolutionCache.key("b"))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void resolve_anotherKey_resolvesAnew() {
        ListSnapshot s = lists();
        ResolutionCache cache = new ResolutionCache(dir);
        resolve(cache, s, () -> Screeners.build(s, Algorithm.KORDON));
        AtomicInteger built = new AtomicInteger();

        ResolutionCache.Outcome o = cache.resolve(ResolutionCache.key("other lists"), s,
                () -> { built.incrementAndGet(); return Screeners.build(s, Algorithm.KORDON); }, said::add);

        assertThat(o.fromCache()).isFalse();
        assertThat(built).hasValue(1);
        assertThat(said).isEmpty();
    }

    @Test
    void read_aTruncatedFile_isIgnoredWithOneLineAndResolvedAnew() throws IOException {
        ListSnapshot s = lists();
        ResolutionCache cache = new ResolutionCache(dir);
        Resolution fresh = resolve(cache, s, () -> Screeners.build(s, Algorithm.KORDON)).resolution();
        List<String> lines = Files.readAllLines(cache.file(KEY));
        Files.write(cache.file(KEY), lines.subList(0, lines.size() - 1));

        ResolutionCache.Outcome o = resolve(cache, s, () -> Screeners.build(s, Algorithm.KORDON));

        assertThat(o.fromCache()).isFalse();
        assertThat(o.resolution()).isEqualTo(fresh);
        assertThat(said).singleElement().asString().contains(cache.file(KEY).toString()).contains("ignored").contains("links");
        assertThat(resolve(cache, s, never()).fromCache()).as("rewritten whole").isTrue();
    }

    @Test
    void read_anUnknownReason_isIgnoredWithTheLine() throws IOException {
        ListSnapshot s = lists();
        ResolutionCache cache = cacheOf(s);
        Files.writeString(cache.file(KEY), Files.readString(cache.file(KEY)).replaceFirst(",UK_REFERENCE,", ",SAME_HAT,"));

        assertIgnored(cache, s, "SAME_HAT");
    }

    @Test
    void read_aLinkToAListingTheListsLack_isIgnored() throws IOException {
        ListSnapshot s = lists();
        ResolutionCache cache = cacheOf(s);
        List<Entity> renamed = s.entities().stream()
                .map(e -> e.id().equals("uk:RUS0251") ? Entity.builder("uk:RUS0252", e.schema()).name(e.caption(),
                        NameKind.PRIMARY).source(e.source()).build() : e).toList();

        assertIgnored(cache, new ListSnapshot(List.of(), renamed), "uk:RUS0251", "lack");
    }

    @Test
    void read_anotherNumberOfListings_isIgnored() throws IOException {
        ListSnapshot s = lists();
        ResolutionCache cache = cacheOf(s);

        assertIgnored(cache, new ListSnapshot(List.of(), s.entities().subList(0, s.size() - 1)), "listings");
    }

    @Test
    void read_notACacheFile_isIgnored() throws IOException {
        ResolutionCache cache = new ResolutionCache(dir);
        Files.write(cache.file(KEY), new byte[] {'"', 0, (byte) 0xff, '\n'});

        assertIgnored(cache, lists(), "ignored");
    }

    @Test
    void write_keepsTheFilesWrittenLast_andRemovesOlderListVersions() throws IOException {
        ListSnapshot s = lists();
        Resolution r = Resolver.resolve(s);
        ResolutionCache cache = new ResolutionCache(dir);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i <= ResolutionCache.MAX_FILES; i++) {
            keys.add(ResolutionCache.key("version " + i));
            cache.write(keys.get(i), s, r);
            Files.setLastModifiedTime(cache.file(keys.get(i)), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Files.writeString(dir.resolve("notes.txt"), "not ours");

        cache.write(keys.get(0), s, r);

        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(ResolutionCache.MAX_FILES + 1)
                    .contains("notes.txt", cache.file(keys.get(0)).getFileName().toString(), cache.file(keys.get(ResolutionCache.MAX_FILES)).getFileName().toString())
                    .doesNotContain(cache.file(keys.get(1)).getFileName().toString());
        }
    }

    @Test
    void write_leavesOnlyTheWholeFile() throws IOException {
        ListSnapshot s = lists();
        ResolutionCache cache = new ResolutionCache(dir.resolve("new/dir"));

        cache.write(KEY, s, Resolver.resolve(s));

        try (var files = Files.list(cache.dir())) {
            assertThat(files).containsExactly(cache.file(KEY));
        }
        assertThat(Files.readString(cache.file(KEY), StandardCharsets.UTF_8)).startsWith("# kordon resolution; resolver "
                + Resolver.VERSION + "; key " + KEY + "; listings " + s.size());
    }

    @Test
    void key_changesWithTheCodeThatResolves_soARebuiltKordonNeverReadsAnOlderResolution() throws IOException {
        assertThat(ResolutionCache.key("lists v1", "kordon.jar 100 1")).isNotEqualTo(ResolutionCache.key("lists v1", "kordon.jar 100 2"));
        Path jar = Files.writeString(dir.resolve("kordon.jar"), "classes");
        String before = ResolutionCache.codeOf(jar);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(ResolutionCache.codeOf(jar)).isNotEqualTo(before);
        assertThat(ResolutionCache.codeOf(dir)).isEqualTo("classes");
    }
}

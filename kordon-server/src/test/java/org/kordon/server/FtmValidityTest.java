package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.model.Entity;
import org.kordon.testkit.SharedData;

/**
 * Every entity Kordon emits is valid FollowTheMoney, checked by the official FtM model: the npm package
 * {@code @opensanctions/followthemoney} (pinned in {@code src/test/ftm/package-lock.json}, installed by this test
 * with {@code npm ci} into {@code target/ftm}) runs under Node over {@code src/test/ftm/validate.cjs}, which fails on
 * any unknown or abstract schema, unknown property, uncoded gender, country or topic, date that is no ISO prefix,
 * over-long value or nested entity out of its property's range. Entities of every source format Kordon reads (the
 * parsers' fixtures in kordon-lists, and every list in {@code ../shared/data/lists} when present) are written as
 * {@link EntityJson} writes them: the flat FtM form (sanctions as {@code Sanction} entities beside) and yente's
 * nested form (the answers of {@code /match}, {@code /search}, {@code /entities}). Skipped, saying so, only where
 * Node is not installed.
 */
class FtmValidityTest {
    static final Path FTM = Path.of("src/test/ftm");
    static final Path INSTALL = Path.of("target/ftm");
    static final Path FIXTURES = Path.of("../kordon-lists/src/test/resources/fixtures");
    static final List<String> FORMATS = List.of("eu-csv", "eu-fsf-xml", "ftm-json", "ofac-csv", "ofac-xml", "senzing-json",
            "uk-ofsi-csv", "uk-ofsi-xlsx", "uk-sl-ods", "un-xml");

    @TempDir
    Path tmp;

    @Test
    void everyFixtureFormat_entitiesAreValidFtm() throws Exception {
        List<Entity> entities = new ArrayList<>();
        for (String format : FORMATS) {
            List<Entity> loaded = ListLoader.load(List.of(FIXTURES.resolve(format)), LoadOptions.defaults()).snapshot().entities();
            assertThat(loaded).as(format).isNotEmpty();
            entities.addAll(loaded);
        }

        assertValid(entities);
    }

    @Test
    void everySharedList_entitiesAreValidFtm() throws Exception {
        Path lists = SharedData.require("lists");

        assertValid(ListLoader.load(List.of(lists), LoadOptions.defaults()).snapshot().entities());
    }

    @Test
    void validator_rejectsWhatKordonWroteBeforeIssue22() throws Exception {
        // gender "Male", schema Aircraft, idNumber on a vessel, a country name, a birth-date range, a sanction without id
        String old = String.join("\n",
                "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"X\"],\"gender\":[\"Male\"],\"birthDate\":[\"1974..1976\"],"
                        + "\"sanctions\":[{\"schema\":\"Sanction\",\"properties\":{\"authority\":[\"UN\"]}}]}}",
                "{\"id\":\"b\",\"schema\":\"Aircraft\",\"properties\":{\"name\":[\"EP-CFD\"]}}",
                "{\"id\":\"c\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"NEER 1\"],\"idNumber\":[\"V-77\"],\"country\":[\"Russia\"]}}");

        Result r = validate(old);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.output()).contains("a.gender: \"Male\" is not a gender code", "a.birthDate: \"1974..1976\" is not an ISO date prefix",
                "a.sanctions[undefined]: no id", "schema \"Aircraft\"", "Vessel has no property idNumber", "\"Russia\" is not a country code");
    }

    private void assertValid(List<Entity> entities) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (Entity e : entities) {
            for (Object flat : EntityJson.flat(e)) {
                lines.append(Json.MAPPER.writeValueAsString(flat)).append('\n');
            }
            lines.append(Json.MAPPER.writeValueAsString(EntityJson.of(e))).append('\n');
        }

        Result r = validate(lines.toString());

        assertThat(r.output()).as("checked by the official FtM model").contains("checked ").contains(": 0 problems");
        assertThat(r.exit()).as(r.output()).isZero();
    }

    record Result(int exit, String output) {
    }

    /** Runs the validator over JSON lines; installs the pinned FtM package first when it is not installed yet. */
    private Result validate(String jsonLines) throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "skipped: Node.js and npm are not installed, so the official FtM model cannot run");
        install();
        Path input = tmp.resolve("entities.jsonl");
        Files.writeString(input, jsonLines, StandardCharsets.UTF_8);
        Result r = run(INSTALL, "node", "validate.cjs", input.toAbsolutePath().toString());
        String[] lines = r.output().split("\n");
        // the first problems are enough to read; the summary line says how many there are
        String shown = lines.length <= 40 ? r.output() : String.join("\n", List.of(lines).subList(0, 40)) + "\n...\n" + lines[lines.length - 1];
        return new Result(r.exit(), shown);
    }

    private static synchronized void install() throws Exception {
        Files.createDirectories(INSTALL);
        for (String f : List.of("package.json", "package-lock.json", "validate.cjs")) {
            Files.copy(FTM.resolve(f), INSTALL.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(INSTALL.resolve("node_modules/@opensanctions/followthemoney/package.json"))) {
            Result r = run(INSTALL, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            assertThat(r.exit()).as("npm ci in " + INSTALL + " (the npm registry must be reachable once):\n" + r.output()).isZero();
        }
    }

    private static boolean onPath(String command) {
        try {
            return run(Path.of("."), command, "--version").exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Result run(Path dir, String... command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // a hang guard, not a timing test
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 5 minutes");
            }
            return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}

package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.testkit.SharedData;

/**
 * Fixture: lines 1-4 are real records of OpenSanctions' us_congress Senzing export (three members, one position);
 * line 5 is an ORGANIZATION record in the same layout with a sanction topic, INN and SWIFT identifiers.
 */
class SenzingJsonParserTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/senzing-json/senzing.json");

    @TempDir
    Path tmp;

    @Test
    void parse_fixture_skipsPositionRecordWithWarning() throws IOException {
        ParseRun run = ParseRun.strict(new SenzingJsonParser(), FIXTURE);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("os:Q101198561",
                "os:NK-AQ4HymsADSK2D63MkyTqfC", "os:Q11112119", "os:NK-test-gazprombank");
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("1 records"));
        assertThat(run.source()).isEqualTo(new SourceRef("os-us_congress", "2025-07-27"));
    }

    @Test
    void parse_pep_keepsTopicAsRemarkWithoutSanction() throws IOException {
        Entity e = ParseRun.strict(new SenzingJsonParser(), FIXTURE).get("os:Q101198561");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.names()).containsExactly(Name.of("Scott Franklin", NameKind.PRIMARY),
                Name.of("C. Scott Franklin", NameKind.ALIAS));
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1964"));
        assertThat(e.nationalities()).containsExactly("us");
        assertThat(e.remarks()).contains("topic: role.pep");
        assertThat(e.sanctions()).isEmpty();
        assertThat(e.identifiers(IdType.OTHER)).anyMatch(i -> i.value().equals("Q101198561")
                && "WIKIDATA".equals(i.label()));
    }

    @Test
    void parse_dateOfDeath_isRemark() throws IOException {
        Entity e = ParseRun.strict(new SenzingJsonParser(), FIXTURE).get("os:Q11112119");
        assertThat(e.remarks()).anyMatch(r -> r.startsWith("Date of death: "));
    }

    @Test
    void parse_sanctionedOrganisation_mapsIdsAddressAndSanction() throws IOException {
        Entity e = ParseRun.strict(new SenzingJsonParser(), FIXTURE).get("os:NK-test-gazprombank");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).contains(new Name("Газпромбанк", NameKind.ORIGINAL_SCRIPT, "Cyrillic"));
        assertThat(e.identifiers(IdType.TAX_ID)).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo("7744001497");
            assertThat(i.country()).isEqualTo("ru");
        });
        assertThat(e.identifiers(IdType.BIC)).extracting(i -> i.value()).containsExactly("GAZPRUMM");
        assertThat(e.addresses()).singleElement().satisfies(a -> {
            assertThat(a.city()).isEqualTo("Moscow");
            assertThat(a.country()).isEqualTo("ru");
        });
        assertThat(e.countries()).containsExactly("ru");
        assertThat(e.sanctions()).singleElement().satisfies(s -> assertThat(s.authority()).isEqualTo("us_congress"));
    }

    @Test
    void load_detectsSenzingAndLoads() {
        LoadResult r = ListLoader.load(List.of(FIXTURE), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(4);
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static String person(String id, String dob) {
        return "{\"DATA_SOURCE\":\"OS_EU_FSF\",\"RECORD_ID\":\"" + id + "\",\"RECORD_TYPE\":\"PERSON\","
                + "\"NAMES\":[{\"NAME_TYPE\":\"PRIMARY\",\"NAME_FIRST\":\"Ivan\",\"NAME_LAST\":\"PETROV\"}],"
                + "\"DATES\":[{\"DATE_OF_BIRTH\":\"" + dob + "\"}],\"RISKS\":[{\"TOPIC\":\"sanction\"}]}";
    }

    @Test
    void parse_badBirthDate_namesLineAndField() throws IOException {
        Path f = file("senzing.json", person("a", "1970-01-02"), person("b", "02.01.1970"));
        assertThatThrownBy(() -> ParseRun.strict(new SenzingJsonParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("senzing.json line 2, field DATES.DATE_OF_BIRTH: bad date '02.01.1970'");
    }

    @Test
    void parse_badLinesLenient_skipsThemAndKeepsGoodOnes() throws IOException {
        Path f = file("senzing.json", person("a", "1970"), "{\"RECORD_ID\":", person("c", "x"), person("d", "1971-02"));
        ParseRun run = ParseRun.lenient(new SenzingJsonParser(), f);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("os:a", "os:d");
        assertThat(run.skipped()).isEqualTo(2);
        assertThat(run.problems()).extracting(LoadProblem::location).containsExactly("line 2", "line 3");
    }

    @Test
    void parse_nameParts_joinedAndSanctionFromTopic() throws IOException {
        ParseRun run = ParseRun.strict(new SenzingJsonParser(), file("senzing.json", person("a", "1970")));
        Entity e = run.entities().get(0);
        assertThat(e.caption()).isEqualTo("Ivan PETROV");
        assertThat(e.sanctions()).singleElement().satisfies(s -> assertThat(s.authority()).isEqualTo("EU"));
        assertThat(run.source()).isEqualTo(new SourceRef("os-eu_fsf", null));
    }

    @Test
    void parse_unknownRecordType_rejected() throws IOException {
        Path f = file("senzing.json", person("a", "1970").replace("\"PERSON\"", "\"SPACESHIP\""));
        assertThatThrownBy(() -> ParseRun.strict(new SenzingJsonParser(), f))
                .hasMessage("senzing.json line 1, field RECORD_TYPE: unknown record type 'SPACESHIP'");
    }

    @Test
    void parse_recordWithoutName_skippedWithWarning() throws IOException {
        Path f = file("senzing.json", "{\"DATA_SOURCE\":\"OS_X\",\"RECORD_ID\":\"r\",\"RECORD_TYPE\":\"PERSON\"}",
                person("a", "1970"));
        ParseRun run = ParseRun.strict(new SenzingJsonParser(), f);
        assertThat(run.entities()).hasSize(1);
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("RECORD_TYPE"));
    }

    // --- the real us_congress export ---

    @Test
    void parse_realFile_countMatchesPersonRecords() throws IOException {
        Path f = SharedData.require("lists/opensanctions/us_congress_senzing.json");
        // Independent count: lines, and lines with "RECORD_TYPE":"PERSON", by plain string search.
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        Pattern personType = Pattern.compile("\"RECORD_TYPE\"\\s*:\\s*\"PERSON\"");
        long persons = lines.stream().filter(l -> personType.matcher(l).find()).count();
        assertThat(lines).hasSize(1_319);
        assertThat(persons).isEqualTo(1_317);

        ParseRun run = ParseRun.strict(new SenzingJsonParser(), f);
        assertThat(run.entities()).hasSize((int) persons);
        assertThat(run.entities()).allMatch(e -> e.schema() == Schema.PERSON && e.sanctions().isEmpty());
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith((lines.size() - persons) + " records"));
        assertThat(run.source()).isEqualTo(new SourceRef("os-us_congress", "2025-12-08"));
    }

    @Test
    void parse_realFile_spotChecks() throws IOException {
        Path f = SharedData.require("lists/opensanctions/us_congress_senzing.json");
        ParseRun run = ParseRun.strict(new SenzingJsonParser(), f);
        Entity e = run.get("os:NK-AQ4HymsADSK2D63MkyTqfC");
        assertThat(e.caption()).isEqualTo("Jennifer L. McClellan");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1972"));
        assertThat(e.remarks()).contains("topic: role.pep");
    }
}

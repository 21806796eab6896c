package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.testkit.SharedData;

/**
 * Fixture: lines 1-3 are real OpenSanctions entities (yente's eu_fsf fixture); line 4 is a Vessel written in the
 * nested-export shape with a nested Sanction, from the UK ConList's data for SAM JONG 2.
 */
class FtmJsonParserTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/ftm-json/entities.ftm.json");

    @TempDir
    Path tmp;

    @Test
    void parse_fixture_emitsPartiesAndSkipsHelpers() throws IOException {
        ParseRun run = ParseRun.strict(new FtmJsonParser(), FIXTURE);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("os:NK-2GdmHtZTeNXjNVrBGEXZNj",
                "os:NK-2Ka3UvopqbpZmVDFjWd4LA", "os:gb-hmt-13651");
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("schema");
            assertThat(p.message()).contains("1 helper entities").contains("{Address=1}");
        });
        assertThat(run.skipped()).isZero();
    }

    @Test
    void parse_fixture_sourceIsDatasetAndNewestChange() throws IOException {
        ParseRun run = ParseRun.strict(new FtmJsonParser(), FIXTURE);
        assertThat(run.source()).isEqualTo(new SourceRef("os-eu_fsf", "2024-05-02"));
    }

    @Test
    void parse_russianPerson_mapsNamesScriptsAndIds() throws IOException {
        Entity e = ParseRun.strict(new FtmJsonParser(), FIXTURE).get("os:NK-2Ka3UvopqbpZmVDFjWd4LA");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.caption()).isEqualTo("Vitaly Yurievich KUZMENKO");
        assertThat(e.names()).contains(Name.of("Vitalij Kuzmenko", NameKind.ALIAS),
                new Name("Виталий Юрьевич КУЗЬМЕНКО", NameKind.ORIGINAL_SCRIPT, "Cyrillic"));
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1971-01-22"));
        assertThat(e.nationalities()).containsExactly("ru");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.identifiers(IdType.TAX_ID)).extracting(i -> i.value()).containsExactly("366510784303");
        assertThat(e.positions()).containsExactly("General Director of JSC 163 Armor Repair Plant");
        assertThat(e.remarks()).contains("topic: sanction");
        Sanction s = e.sanctions().get(0);
        assertThat(s.authority()).isEqualTo("EU");
        assertThat(s.listedOn()).hasToString("2024-02-23");
    }

    @Test
    void parse_organisation_greekAndCyrillicNamesAreOriginalScript() throws IOException {
        Entity e = ParseRun.strict(new FtmJsonParser(), FIXTURE).get("os:NK-2GdmHtZTeNXjNVrBGEXZNj");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.caption()).isEqualTo("RAB „Inter Tobacco“");
        assertThat(e.names()).filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT).extracting(Name::lang)
                .containsOnly("Greek", "Cyrillic");
        assertThat(e.identifiers(IdType.REGISTRATION)).extracting(i -> i.value()).containsExactly("808000714");
        assertThat(e.countries()).containsExactly("by");
    }

    @Test
    void parse_nestedVessel_usesNestedSanctionAndImo() throws IOException {
        Entity e = ParseRun.strict(new FtmJsonParser(), FIXTURE).get("os:gb-hmt-13651");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.names()).contains(Name.of("TOM MIRA", NameKind.PREVIOUS), Name.of("AKTIVA", NameKind.ALIAS));
        assertThat(e.identifiers(IdType.IMO)).singleElement()
                .satisfies(i -> assertThat(i.normalizedValue()).isEqualTo("7408873"));
        assertThat(e.vessel().flag()).isEqualTo("kp");
        assertThat(e.vessel().type()).isEqualTo("Oil tanker");
        assertThat(e.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.authority()).isEqualTo("HM Treasury");
            assertThat(s.programs()).containsExactly("Democratic People's Republic of Korea");
            assertThat(s.listedOn()).hasToString("2018-04-03");
            assertThat(s.reason()).startsWith("ship-to-ship");
        });
    }

    @Test
    void load_detectsFtmAndLoads() {
        LoadResult r = ListLoader.load(List.of(FIXTURE), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(3);
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static final String GOOD = "{\"id\":\"a\",\"caption\":\"Ivan PETROV\",\"schema\":\"Person\","
            + "\"properties\":{\"name\":[\"Ivan PETROV\"]},\"datasets\":[\"eu_fsf\"],\"last_change\":\"2024-01-01T00:00:00\"}";

    @Test
    void parse_airplane_isReadAsAircraftWithItsSerialAndTail() throws IOException {
        // FtM names aircraft "Airplane" (Kordon's exports once wrote "Aircraft", still read)
        Path f = file("entities.ftm.json", "{\"id\":\"p1\",\"caption\":\"IL-76\",\"schema\":\"Airplane\",\"properties\":"
                + "{\"name\":[\"IL-76\"],\"serialNumber\":[\"1013409321\"],\"registrationNumber\":[\"EP-CFD\"]},\"datasets\":[\"us_ofac_sdn\"]}",
                "{\"id\":\"p2\",\"schema\":\"Aircraft\",\"properties\":{\"name\":[\"Tu-204\"]},\"datasets\":[\"us_ofac_sdn\"]}");

        ParseRun run = ParseRun.strict(new FtmJsonParser(), f);

        Entity plane = run.get("os:p1");
        assertThat(plane.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(plane.identifiers(IdType.AIRCRAFT_SERIAL)).extracting(i -> i.value()).containsExactly("1013409321");
        assertThat(plane.identifiers(IdType.AIRCRAFT_TAIL)).extracting(i -> i.value()).containsExactly("EP-CFD");
        assertThat(run.get("os:p2").schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(run.problems()).isEmpty();
    }

    @Test
    void parse_badBirthDate_namesLineAndField() throws IOException {
        Path f = file("entities.ftm.json", GOOD, GOOD.replace("\"a\"", "\"b\""),
                "{\"id\":\"c\",\"schema\":\"Person\",\"properties\":{\"name\":[\"X\"],\"birthDate\":[\"1971-13-01\"]}}");
        assertThatThrownBy(() -> ParseRun.strict(new FtmJsonParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("entities.ftm.json line 3, field properties.birthDate: bad date '1971-13-01'");
    }

    @Test
    void parse_badLinesLenient_skipsThemAndKeepsGoodOnes() throws IOException {
        Path f = file("entities.ftm.json", GOOD, "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"X\"",
                "{\"id\":\"c\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Y\"],\"birthDate\":[\"soon\"]}}",
                GOOD.replace("\"a\"", "\"d\""));
        ParseRun run = ParseRun.lenient(new FtmJsonParser(), f);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("os:a", "os:d");
        assertThat(run.skipped()).isEqualTo(2);
        assertThat(run.problems()).extracting(LoadProblem::location).containsExactly("line 2", "line 3");
        assertThat(run.problems().get(0).message()).startsWith("malformed JSON at column");
    }

    @Test
    void parse_truncatedLastLine_isReportedWithItsLine() throws IOException {
        Path f = file("cut.ftm.json", GOOD, GOOD.substring(0, 50));
        assertThatThrownBy(() -> ParseRun.strict(new FtmJsonParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("cut.ftm.json line 2: malformed JSON");
    }

    @Test
    void parse_noName_rejected() throws IOException {
        Path f = file("e.ftm.json", "{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{\"country\":[\"ru\"]}}");
        assertThatThrownBy(() -> ParseRun.strict(new FtmJsonParser(), f))
                .hasMessage("e.ftm.json line 1, field properties.name: entity x has no name");
    }

    @Test
    void parse_notAnObjectLine_rejected() throws IOException {
        Path f = file("e.ftm.json", "[1,2,3]");
        assertThatThrownBy(() -> ParseRun.strict(new FtmJsonParser(), f))
                .hasMessage("e.ftm.json line 1: line is not a JSON object");
    }

    @Test
    void parse_deepNesting_refusedNotStackOverflow() throws IOException {
        String deep = "{\"id\":\"x\",\"schema\":\"Person\",\"properties\":" + "{\"a\":".repeat(5000) + "1"
                + "}".repeat(5000) + "}";
        Path f = file("deep.ftm.json", deep);
        assertThatThrownBy(() -> ParseRun.strict(new FtmJsonParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("deep.ftm.json line 1:");
    }

    // --- the real yente fixture ---

    @Test
    void parse_realFile_countMatchesSchemaLines() throws IOException {
        Path f = SharedData.require("lists/opensanctions/yente_t1_entities.ftm.json");
        // Independent count: lines whose "schema" is a party schema, by plain string search.
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        long persons = lines.stream().filter(l -> l.contains("\"schema\":\"Person\"")).count();
        long orgs = lines.stream().filter(l -> l.contains("\"schema\":\"Organization\"")).count();
        long addresses = lines.stream().filter(l -> l.contains("\"schema\":\"Address\"")).count();
        assertThat(lines).hasSize(7);
        assertThat(persons).isEqualTo(4);
        assertThat(orgs).isEqualTo(2);

        ParseRun run = ParseRun.strict(new FtmJsonParser(), f);
        assertThat(run.entities()).hasSize((int) (persons + orgs));
        assertThat(run.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize((int) persons);
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith(addresses + " helper entities"));
        assertThat(run.source()).isEqualTo(new SourceRef("os-eu_fsf", "2024-03-28"));
    }

    @Test
    void parse_realFile_spotChecks() throws IOException {
        Path f = SharedData.require("lists/opensanctions/yente_t1_entities.ftm.json");
        ParseRun run = ParseRun.strict(new FtmJsonParser(), f);
        Entity soyko = run.get("os:NK-2Myxbs6wX9xFKGoQn3sLaY");
        assertThat(soyko.caption()).isEqualTo("Viktor Vladimirovitj Sojko");
        assertThat(soyko.names()).contains(new Name("Віктар Уладзіміравіч СОЙКА", NameKind.ORIGINAL_SCRIPT, "Cyrillic"));
        assertThat(soyko.birthDates()).containsExactly(DateRange.parse("1971-07-03"));
        assertThat(soyko.birthPlaces()).containsExactly("BELARUS, Komsomolskaya");
        assertThat(soyko.remarks()).contains("Title: Colonel");
        assertThat(run.get("os:NK-2PacmNpiLUmoz4XD2mSt7A").names())
                .contains(Name.of("Iranian Revolutionary Guard Corps", NameKind.ALIAS));
    }
}

package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;

/**
 * The US Consolidated Screening List in its two published forms. Fixtures (written from the published format, see
 * their README): {@code fixtures/csl/consolidated.json} (an Entity List, a MEU, an SDN and an Unverified List entry)
 * and {@code consolidated.csv} (the first three as CSV rows).
 */
class CslParserTest {
    static final Path JSON = ParseRun.fixture("csl/consolidated.json");
    static final Path CSV = ParseRun.fixture("csl/consolidated.csv");
    static final String HEADER = String.join(",", CslParser.CSV_COLUMNS) + "\n";

    @TempDir
    Path tmp;

    Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void json_fixture_everyEntryKeepsItsSourceList() {
        List<Entity> e = ParseRun.strict(CslParser.json(), JSON).entities();
        assertThat(e).extracting(Entity::id).containsExactly("csl:9f2c4d1e0b7a3c5e8d6f4a2b1c0e9d8f7a6b5c4d",
                "csl:1b3d5f7a9c2e4f6a8b0d2c4e6f8a0b2c4d6e8f0a", "csl:36412", "csl:c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00");
        assertThat(e).extracting(x -> x.sanctions().get(0).authority()).containsExactly("EL", "MEU", "SDN", "UVL");
        assertThat(e.get(0).sanctions().get(0).measure()).isEqualTo("Entity List (EL) - Bureau of Industry and Security");
    }

    @Test
    void json_entityListEntry_namesAddressesDatesAndLicence() {
        Entity tako = ParseRun.strict(CslParser.json(), JSON).entities().get(0);
        assertThat(tako.schema()).isEqualTo(Schema.LEGAL_ENTITY); // the BIS lists give no type
        assertThat(tako.names()).containsExactly(Name.of("Tako LLC", NameKind.PRIMARY), Name.of("Taco LLC", NameKind.ALIAS),
                Name.of("OOO TAKO", NameKind.ALIAS));
        assertThat(tako.addresses()).singleElement().satisfies(a -> {
            assertThat(a.city()).isEqualTo("Yerevan");
            assertThat(a.country()).isEqualTo("am");
        });
        assertThat(tako.countries()).containsExactly("am");
        assertThat(tako.sanctions().get(0).listedOn()).hasToString("2023-06-14");
        assertThat(tako.sanctions().get(0).reason()).startsWith("For all items subject to the EAR");
        assertThat(tako.remarks()).contains("license policy: Policy of denial.", "Federal Register notice: 88 FR 38721 6/14/23",
                "CSL list: Entity List (EL) - Bureau of Industry and Security");
    }

    @Test
    void json_individual_birthDateNationalityPassport() {
        Entity ivanov = ParseRun.strict(CslParser.json(), JSON).byId().get("csl:36412");
        assertThat(ivanov.schema()).isEqualTo(Schema.PERSON);
        assertThat(ivanov.birthDates()).containsExactly(DateRange.parse("1953-01-31"));
        assertThat(ivanov.nationalities()).containsExactly("ru");
        assertThat(ivanov.identifiers()).contains(new Identifier(IdType.PASSPORT, "722707420", "ru", null));
        assertThat(ivanov.programs()).containsExactly("RUSSIA-EO14024");
        assertThat(ivanov.positions()).containsExactly("Director");
    }

    @Test
    void csv_fixture_sameEntriesAsTheJson() {
        List<Entity> csv = ParseRun.strict(CslParser.csv(), CSV).entities();
        List<Entity> json = ParseRun.strict(CslParser.json(), JSON).entities().subList(0, 3);
        assertThat(csv).extracting(Entity::id).containsExactlyElementsOf(json.stream().map(Entity::id).toList());
        assertThat(csv).extracting(Entity::names).containsExactlyElementsOf(json.stream().map(Entity::names).toList());
        assertThat(csv).extracting(x -> x.sanctions().get(0).authority()).containsExactly("EL", "MEU", "SDN");
        assertThat(csv.get(0).countries()).containsExactly("am");
        assertThat(csv.get(2).identifiers()).contains(new Identifier(IdType.PASSPORT, "722707420", "ru", null));
    }

    @Test
    void detect_byNameAndFirstBytes() throws IOException {
        assertThat(ListFormat.detect(JSON)).contains(ListFormat.CSL_JSON);
        assertThat(ListFormat.detect(CSV)).contains(ListFormat.CSL_CSV);
        assertThat(ListFormat.parse("csl-json")).isEqualTo(ListFormat.CSL_JSON);
    }

    @Test
    void json_emptyName_reportsLineAndField() throws IOException {
        Path f = write("consolidated.json", """
                {"results": [
                  {"id": "a1", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "Good Co"},
                  {"id": "a2", "source": "Entity List (EL) - Bureau of Industry and Security", "name": ""}
                ]}
                """);
        assertThatThrownBy(() -> ParseRun.strict(CslParser.json(), f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("consolidated.json line 3").hasMessageContaining("results[1].name")
                .hasMessageContaining("is empty");
    }

    @Test
    void json_lenient_skipsTheBadEntryAndCountsIt() throws IOException {
        Path f = write("consolidated.json", """
                {"results": [
                  {"id": "a1", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "Good Co"},
                  {"id": "a2", "name": "No Source Co"}
                ]}
                """);
        ParseRun run = ParseRun.lenient(CslParser.json(), f);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("csl:a1");
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("results[1].source"));
    }

    @Test
    void json_pageOfTheApi_refusedAsNotTheWholeList() throws IOException {
        Path f = write("search.json", """
                {"total": 2345, "results": [
                  {"id": "a1", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "Good Co"}
                ]}
                """);
        ParseRun run = ParseRun.strict(CslParser.json(), f);
        assertThat(run.ctx().refusal()).isNotNull();
        assertThat(run.ctx().refusal().getMessage()).contains("holds 1 of the 2,345 entries").contains("download consolidated.json");
    }

    @Test
    void json_unknownType_refusedNamingField() throws IOException {
        Path f = write("consolidated.json", """
                {"results": [{"id": "a1", "source": "SDN", "type": "Company", "name": "Good Co"}]}
                """);
        assertThatThrownBy(() -> ParseRun.strict(CslParser.json(), f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("results[0].type").hasMessageContaining("'Company' is not Individual, Entity, Vessel or Aircraft");
    }

    @Test
    void json_badStartDate_refusedNamingField() throws IOException {
        Path f = write("consolidated.json", """
                {"results": [{"id": "a1", "source": "EL", "name": "Good Co", "start_date": "14/06/2023"}]}
                """);
        assertThatThrownBy(() -> ParseRun.strict(CslParser.json(), f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("results[0].start_date").hasMessageContaining("14/06/2023");
    }

    @Test
    void json_fieldTheFormatDoesNotPublish_warnedOnceNotSilentlyDropped() throws IOException {
        Path f = write("consolidated.json", """
                {"results": [{"id": "a1", "source": "EL", "name": "Good Co", "risk_score": "9"},
                             {"id": "a2", "source": "EL", "name": "Other Co", "risk_score": "3"}]}
                """);
        ParseRun run = ParseRun.strict(CslParser.json(), f);
        assertThat(run.entities()).hasSize(2);
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("results[0].risk_score");
            assertThat(p.message()).contains("not read");
        });
    }

    @Test
    void json_notCsl_refused() throws IOException {
        Path f = write("other.json", "{\"data\": []}\n");
        assertThatThrownBy(() -> ParseRun.strict(CslParser.json(), f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("results").hasMessageContaining("not a CSL file");
    }

    @Test
    void json_truncated_failsNamingLine() throws IOException {
        Path f = write("consolidated.json", "{\"results\": [\n {\"id\": \"a1\", \"source\": \"EL\", \"name\": \"Go");
        assertThatThrownBy(() -> ParseRun.strict(CslParser.json(), f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("malformed JSON").hasMessageContaining("line 2");
    }

    @Test
    void csv_missingNameColumn_refusedNamingTheHeader() throws IOException {
        Path f = write("consolidated.csv", "_id,source,entity_number\nx,EL,1\n");
        assertThatThrownBy(() -> ParseRun.strict(CslParser.csv(), f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("line 1").hasMessageContaining("field name").hasMessageContaining("the column is missing");
    }

    @Test
    void csv_shiftedRow_refusedNamingLine() throws IOException {
        Path f = write("consolidated.csv", HEADER + "a1,EL,,,,Good Co" + ",".repeat(23) + "\n" + "a2,EL,,,,Bad, Co" + ",".repeat(24) + "\n");
        assertThatThrownBy(() -> ParseRun.strict(CslParser.csv(), f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("line 3").hasMessageContaining("31 cells, the header 29");
    }

    @Test
    void csv_olderFileWithoutId_idFromListAndEntityNumber() throws IOException {
        Path f = write("consolidated.csv", """
                source,entity_number,type,programs,name
                Specially Designated Nationals (SDN) - Treasury Department,36412,Individual,RUSSIA-EO14024,"IVANOV, Sergei"
                """);
        assertThat(ParseRun.strict(CslParser.csv(), f).entities()).extracting(Entity::id).containsExactly("csl:SDN-36412");
    }

    @Test
    void listCode_isTheAbbreviationInParentheses() {
        assertThat(CslParser.listCode("Military End User (MEU) List - Bureau of Industry and Security")).isEqualTo("MEU");
        assertThat(CslParser.listCode("Unverified List (UVL) - Bureau of Industry and Security")).isEqualTo("UVL");
        assertThat(CslParser.listCode("EL")).isEqualTo("EL");
    }

    @Test
    void loader_loadsTheCslLikeAnyList() {
        LoadResult r = ListLoader.load(List.of(JSON), LoadOptions.defaults());
        assertThat(r.snapshot().entities()).hasSize(4);
    }
}

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
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.testkit.SharedData;

class UnXmlParserTest {
    private static final Path SMALL = ParseRun.fixture("un-xml/UN_consolidated_small.xml");

    @TempDir
    Path tmp;

    private Path variant(String name, String from, String to) throws IOException {
        String xml = Files.readString(SMALL, StandardCharsets.UTF_8);
        assertThat(xml).contains(from);
        Path p = tmp.resolve(name);
        Files.writeString(p, xml.replace(from, to), StandardCharsets.UTF_8);
        return p;
    }

    private Path write(String name, String xml) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, xml, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void parse_fixture_emitsEveryIndividualAndEntityWithSource() {
        ParseRun run = ParseRun.strict(new UnXmlParser(), SMALL);
        assertThat(run.entities()).extracting(Entity::id)
                .containsExactly("un:CDi.001", "un:QDi.001", "un:CDi.030", "un:KPi.006", "un:CDe.001", "un:KPe.001");
        assertThat(run.ctx().source()).isEqualTo(new SourceRef("un", "2026-02-27T00:00:09.554Z"));
        assertThat(run.entities()).allSatisfy(e -> assertThat(e.source()).isEqualTo(run.ctx().source()));
    }

    @Test
    void parse_individual_mapsNamesOriginalScriptAndAliasQualities() {
        Entity e = ParseRun.strict(new UnXmlParser(), SMALL).get("un:QDi.001");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.caption()).isEqualTo("MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE");
        assertThat(e.names()).contains(
                Name.of("محمد صلاح الدين عبدالحليم زيدان", NameKind.ORIGINAL_SCRIPT),
                Name.of("Sayf-Al Adl", NameKind.ALIAS),
                Name.of("Seif al Adel", NameKind.WEAK_ALIAS));
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1963-04-11"), DateRange.parse("1960-04-11"));
        assertThat(e.birthPlaces()).containsExactly("Monufia Governate, Egypt");
        assertThat(e.nationalities()).containsExactly("eg");
        assertThat(e.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.authority()).isEqualTo("UN");
            assertThat(s.programs()).containsExactly("Al-Qaida");
            assertThat(s.listedOn()).isEqualTo(PartialDate.parse("2001-01-25"));
        });
        assertThat(e.remarks()).anySatisfy(r -> assertThat(r).startsWith("Alias Sayf-Al Adl: DOB: 11 Apr. 1963"));
    }

    @Test
    void parse_yearOnlyBirthDate_isPartialAndGenderLowerCase() {
        Entity e = ParseRun.strict(new UnXmlParser(), SMALL).get("un:CDi.001");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1971"));
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.nationalities()).containsExactly("cd");
        assertThat(e.addresses()).singleElement().satisfies(a -> {
            assertThat(a.country()).isEqualTo("rw");
            assertThat(a.full()).isEqualTo("Rwanda (as of early 2016)");
        });
    }

    @Test
    void parse_betweenDate_givesYearRange() {
        Entity e = ParseRun.strict(new UnXmlParser(), SMALL).get("un:CDi.030");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1973..1974"));
        assertThat(e.birthPlaces()).containsExactly("Bigogwe, Rwanda");
        assertThat(e.names()).contains(Name.of("Tango Romeo", NameKind.WEAK_ALIAS));
    }

    @Test
    void parse_passportPrintedInThreeLanguages_isOneIdentifier() {
        Entity e = ParseRun.strict(new UnXmlParser(), SMALL).get("un:KPi.006");
        assertThat(e.identifiers()).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(IdType.PASSPORT);
            assertThat(i.value()).isEqualTo("381420754");
        });
        assertThat(e.remarks()).contains("Passport 381420754: issued 2011-12-07",
                "Passport 381420754: issued 2011-12-07; Expires on 7 Dec. 2016");
        assertThat(e.positions()).containsExactly(
                "Senior official and head of the satellite control center of Korean Committee for Space Technology");
        assertThat(e.nationalities()).containsExactly("kp");
        assertThat(e.sanctions().get(0).programs()).containsExactly("DPRK");
    }

    @Test
    void parse_entity_fkaIsPreviousNameAndAkaIsAlias() {
        Entity e = ParseRun.strict(new UnXmlParser(), SMALL).get("un:CDe.001");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.caption()).isEqualTo("ADF");
        assertThat(e.names()).contains(Name.of("Allied Democratic Forces", NameKind.ALIAS),
                Name.of("ADF/NALU", NameKind.PREVIOUS));
        assertThat(e.addresses()).singleElement().satisfies(a -> {
            assertThat(a.region()).isEqualTo("North Kivu");
            assertThat(a.country()).isEqualTo("cd");
        });
    }

    @Test
    void parse_documentWithIssuingCountry_keepsCountry() throws IOException {
        Path p = variant("doc.xml", "<TYPE_OF_DOCUMENT>Numéro de passeport </TYPE_OF_DOCUMENT>",
                "<TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><ISSUING_COUNTRY>Democratic People's Republic of Korea</ISSUING_COUNTRY>");
        Entity e = ParseRun.strict(new UnXmlParser(), p).get("un:KPi.006");
        assertThat(e.identifiers(IdType.PASSPORT)).extracting(Identifier::country).contains("kp");
    }

    @Test
    void parse_badBirthDate_strict_namesElementPathLineAndField() throws IOException {
        Path p = variant("bad-date.xml", "<DATE>1964-06-18</DATE>", "<DATE>1964-13-45</DATE>");
        assertThatThrownBy(() -> ParseRun.strict(new UnXmlParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("bad-date.xml")
                .hasMessageContaining("/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[4]/INDIVIDUAL_DATE_OF_BIRTH (line 217)")
                .hasMessageContaining("field DATE")
                .hasMessageContaining("1964-13-45");
    }

    @Test
    void parse_badBirthDate_lenient_skipsRecordReportsItAndKeepsOthers() throws IOException {
        Path p = variant("bad-date.xml", "<DATE>1964-06-18</DATE>", "<DATE>18 June 1964</DATE>");
        ParseRun run = ParseRun.lenient(new UnXmlParser(), p);
        assertThat(run.entities()).extracting(Entity::id).hasSize(5).doesNotContain("un:KPi.006");
        assertThat(run.ctx().skipped()).isEqualTo(1);
        assertThat(run.ctx().problems()).singleElement().satisfies(pr -> {
            assertThat(pr.field()).isEqualTo("DATE");
            assertThat(pr.location()).startsWith("/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[4]/INDIVIDUAL_DATE_OF_BIRTH");
        });
    }

    @Test
    void parse_badListedOn_rejectsRecord() throws IOException {
        Path p = variant("bad-listed.xml", "<LISTED_ON>2014-06-30</LISTED_ON>", "<LISTED_ON>30.06.2014</LISTED_ON>");
        assertThatThrownBy(() -> ParseRun.strict(new UnXmlParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("/CONSOLIDATED_LIST/ENTITIES/ENTITY[1]/LISTED_ON (line 252)")
                .hasMessageContaining("field LISTED_ON");
    }

    @Test
    void parse_listedOnWithZone_keepsCalendarDate() throws IOException {
        Path p = variant("zone.xml", "<LISTED_ON>2014-06-30</LISTED_ON>", "<LISTED_ON>2015-04-07-04:00</LISTED_ON>");
        Entity e = ParseRun.strict(new UnXmlParser(), p).get("un:CDe.001");
        assertThat(e.sanctions().get(0).listedOn()).isEqualTo(PartialDate.parse("2015-04-07"));
    }

    @Test
    void parse_missingReferenceNumber_rejectsRecordNamingField() throws IOException {
        Path p = variant("no-ref.xml", "<REFERENCE_NUMBER>CDi.030</REFERENCE_NUMBER>", "<REFERENCE_NUMBER/>");
        assertThatThrownBy(() -> ParseRun.strict(new UnXmlParser(), p))
                .hasMessageContaining("/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3] (line 110)")
                .hasMessageContaining("field REFERENCE_NUMBER");
    }

    @Test
    void parse_truncatedFile_failsEvenInLenientMode() throws IOException {
        String xml = Files.readString(SMALL, StandardCharsets.UTF_8);
        Path p = write("truncated.xml", xml.substring(0, xml.indexOf("<ENTITY_ALIAS>")));
        assertThatThrownBy(() -> ParseRun.lenient(new UnXmlParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("truncated.xml")
                .hasMessageContaining("/CONSOLIDATED_LIST/ENTITIES/ENTITY[1] (line 261)")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void parse_wrongRoot_failsNamingRoot() throws IOException {
        Path p = write("other.xml", "<?xml version=\"1.0\"?>\n<sdnList><sdnEntry/></sdnList>\n");
        assertThatThrownBy(() -> ParseRun.lenient(new UnXmlParser(), p))
                .hasMessageContaining("other.xml /sdnList (line 2)")
                .hasMessageContaining("expected <CONSOLIDATED_LIST>");
    }

    @Test
    void parse_undeclaredEntityReference_isRefused() throws IOException {
        Path p = write("entref.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>"
                + "<FIRST_NAME>&foo;</FIRST_NAME><REFERENCE_NUMBER>QDi.997</REFERENCE_NUMBER></INDIVIDUAL>"
                + "</INDIVIDUALS></CONSOLIDATED_LIST>\n");
        assertThatThrownBy(() -> ParseRun.lenient(new UnXmlParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("entref.xml")
                .hasMessageContaining("line 2")
                .hasMessageContaining("refused hostile");
    }

    @Test
    void load_fixtureByDetection_usesUnParser() {
        LoadResult r = ListLoader.load(List.of(SMALL), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(6);
        assertThat(r.snapshot().sources()).containsExactly(new SourceRef("un", "2026-02-27T00:00:09.554Z"));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void parse_realFile_countMatchesElementCountAndSpotChecks() throws IOException {
        Path file = SharedData.require("lists/un/UN_consolidated.xml");
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        int individuals = count(xml, "<INDIVIDUAL>");
        int entities = count(xml, "<ENTITY>");
        assertThat(individuals + entities).isEqualTo(1003);

        ParseRun run = ParseRun.strict(new UnXmlParser(), file);
        assertThat(run.entities()).hasSize(individuals + entities);
        assertThat(run.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize(individuals);
        assertThat(run.byId()).hasSize(individuals + entities);
        assertThat(run.ctx().problems()).isEmpty();
        assertThat(run.ctx().source()).isEqualTo(new SourceRef("un", "2026-02-27T00:00:09.554Z"));

        Entity zidane = run.get("un:QDi.001");
        assertThat(zidane.caption()).isEqualTo("MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE");
        assertThat(zidane.programs()).containsExactly("Al-Qaida");
        Entity komid = run.get("un:KPe.001");
        assertThat(komid.names()).contains(Name.of("\"KOMID\"", NameKind.ALIAS));
        assertThat(komid.programs()).containsExactly("DPRK");
        assertThat(run.get("un:CDi.030").birthDates()).containsExactly(DateRange.parse("1973..1974"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}

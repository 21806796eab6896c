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

/** The fixture is written from the published xmlFullSanctionsList_1_1 layout; no real FSF download exists here. */
class EuFsfXmlParserTest {
    private static final Path SMALL = ParseRun.fixture("eu-fsf-xml/xmlFullSanctionsList_1_1_small.xml");
    private static final SourceRef SOURCE = new SourceRef("eu-fsf", "2024-12-11T21:24:35.826+01:00");

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
    void parse_fixture_emitsEverySanctionEntityWithSource() {
        ParseRun run = ParseRun.strict(new EuFsfXmlParser(), SMALL);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("eu:13", "eu:135909", "eu:1", "eu:207", "eu:900001");
        assertThat(run.ctx().source()).isEqualTo(SOURCE);
        assertThat(run.ctx().problems()).isEmpty();
    }

    @Test
    void parse_person_mapsNamesCitizenshipBirthAndRegulation() {
        Entity e = ParseRun.strict(new EuFsfXmlParser(), SMALL).get("eu:13");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.caption()).isEqualTo("Saddam Hussein Al-Tikriti");
        assertThat(e.names()).contains(Name.of("Abu Ali", NameKind.ALIAS), new Name("Abou Ali", NameKind.ALIAS, "fr"));
        assertThat(e.nationalities()).containsExactly("iq");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1937-04-28"));
        assertThat(e.birthPlaces()).containsExactly("al-Awja, near Tikrit, IRAQ");
        assertThat(e.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.authority()).isEqualTo("EU");
            assertThat(s.programs()).containsExactly("IRQ");
            assertThat(s.listedOn()).isEqualTo(PartialDate.parse("2003-07-08"));
        });
        assertThat(e.remarks()).contains("UNSC RESOLUTION 1483", "EU reference number: EU.27.28",
                "Legal basis: regulation 1210/2003 (OJ L169)");
    }

    @Test
    void parse_primaryName_isTheStrongNameWithoutLanguage() {
        Entity e = ParseRun.strict(new EuFsfXmlParser(), SMALL).get("eu:135909");
        assertThat(e.caption()).isEqualTo("Vladimir Vladimirovich PUTIN");
        assertThat(e.names()).contains(new Name("Vladimir Vladimirovitj PUTIN", NameKind.ALIAS, "sv"));
        assertThat(e.positions()).containsExactly("President of the Russian Federation");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1952-10-07"));
        assertThat(e.remarks()).contains("Birth: Leningrad (now Saint-Petersburg), ex USSR (now Russian Federation)");
        assertThat(e.programs()).containsExactly("UKR");
        assertThat(e.sanctions().get(0).listedOn()).isEqualTo(PartialDate.parse("2022-02-25"));
    }

    @Test
    void parse_unknownCountry00_isDroppedAndPassportKept() {
        Entity e = ParseRun.strict(new EuFsfXmlParser(), SMALL).get("eu:1");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdType.PASSPORT, "AD001095", null, "National passport"));
        assertThat(e.birthPlaces()).isEmpty();
        assertThat(e.positions()).containsExactly("Former President");
        assertThat(e.remarks()).contains("National passport AD001095: (passport)");
    }

    @Test
    void parse_enterprise_isOrganizationWithMultilingualNames() {
        Entity e = ParseRun.strict(new EuFsfXmlParser(), SMALL).get("eu:207");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.caption()).isEqualTo("İslami Büyük Doğu Akıncılar Cephesi");
        assertThat(e.names()).contains(new Name("Фронт на великите ислямски източни воини", NameKind.ALIAS, "bg"),
                Name.of("IBDA-C", NameKind.ALIAS));
        assertThat(e.programs()).containsExactly("TERR");
    }

    @Test
    void parse_weakAliasIdentifiersAndContactInfo() {
        Entity e = ParseRun.strict(new EuFsfXmlParser(), SMALL).get("eu:900001");
        assertThat(e.names()).contains(Name.of("NOMOS Bank", NameKind.WEAK_ALIAS));
        assertThat(e.identifiers(IdType.BIC)).containsExactly(new Identifier(IdType.BIC, "JSNMRUMM", "ru", "SWIFT BIC"));
        assertThat(e.identifiers(IdType.REGISTRATION)).extracting(Identifier::value).containsExactly("1027739019208");
        assertThat(e.identifiers(IdType.PHONE)).extracting(Identifier::value).containsExactly("+7 (495) 224-44-00");
        assertThat(e.identifiers(IdType.WEBSITE)).extracting(Identifier::value).containsExactly("https://www.open.ru/");
        assertThat(e.addresses()).singleElement().satisfies(a -> {
            assertThat(a.city()).isEqualTo("Moscow");
            assertThat(a.postalCode()).isEqualTo("115114");
            assertThat(a.country()).isEqualTo("ru");
            assertThat(a.full()).isEqualTo("D. 2, str. 4, ul. Letnikovskaya, Moscow, 115114, RUSSIAN FEDERATION");
        });
        assertThat(e.countries()).containsExactly("ru");
    }

    @Test
    void parse_yearOnlyCircaBirthdate_isApproximatePartialDate() throws IOException {
        Path p = variant("circa.xml", "<birthdate circa=\"false\" calendarType=\"GREGORIAN\" city=\"\" zipCode=\"\" birthdate=\"1924-02-21\" dayOfMonth=\"21\" monthOfYear=\"2\"",
                "<birthdate circa=\"true\" calendarType=\"GREGORIAN\" city=\"\" zipCode=\"\" birthdate=\"\" dayOfMonth=\"\" monthOfYear=\"\"");
        Entity e = ParseRun.strict(new EuFsfXmlParser(), p).get("eu:1");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("~1924"));
    }

    @Test
    void parse_badBirthdate_strict_namesElementPathLineAndField() throws IOException {
        Path p = variant("bad-birth.xml", "birthdate=\"1952-10-07\"", "birthdate=\"1952-02-30\"");
        assertThatThrownBy(() -> ParseRun.strict(new EuFsfXmlParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("bad-birth.xml /export/sanctionEntity[2]/birthdate (line 40), field birthdate")
                .hasMessageContaining("1952-2-30");
    }

    @Test
    void parse_badBirthdate_lenient_skipsRecordReportsAndKeepsOthers() throws IOException {
        Path p = variant("bad-birth.xml", "birthdate=\"1952-10-07\"", "birthdate=\"07.10.1952\"");
        ParseRun run = ParseRun.lenient(new EuFsfXmlParser(), p);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("eu:13", "eu:1", "eu:207", "eu:900001");
        assertThat(run.ctx().skipped()).isEqualTo(1);
        assertThat(run.ctx().problems()).singleElement().satisfies(pr -> {
            assertThat(pr.location()).isEqualTo("/export/sanctionEntity[2]/birthdate (line 40)");
            assertThat(pr.field()).isEqualTo("birthdate");
        });
    }

    @Test
    void parse_badPublicationDate_rejectsRecordNamingRegulation() throws IOException {
        Path p = variant("bad-pub.xml", "publicationDate=\"2003-07-08\" entryIntoForceDate",
                "publicationDate=\"8 July 2003\" entryIntoForceDate");
        assertThatThrownBy(() -> ParseRun.strict(new EuFsfXmlParser(), p))
                .hasMessageContaining("/export/sanctionEntity[1]/regulation (line 9), field publicationDate");
    }

    @Test
    void parse_missingLogicalId_rejectsRecord() throws IOException {
        Path p = variant("no-id.xml", "euReferenceNumber=\"EU.3523.13\" logicalId=\"207\"", "euReferenceNumber=\"EU.3523.13\"");
        assertThatThrownBy(() -> ParseRun.strict(new EuFsfXmlParser(), p))
                .hasMessageContaining("/export/sanctionEntity[4] (line 61), field logicalId");
    }

    @Test
    void parse_noName_rejectsRecord() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2024-12-11\">\n"
                + "<sanctionEntity logicalId=\"5\"><subjectType code=\"person\"/><nameAlias wholeName=\"\" strong=\"true\"/></sanctionEntity>\n"
                + "</export>\n";
        assertThatThrownBy(() -> ParseRun.strict(new EuFsfXmlParser(), write("noname.xml", xml)))
                .hasMessageContaining("noname.xml /export/sanctionEntity[1] (line 3)")
                .hasMessageContaining("no name");
    }

    @Test
    void parse_truncatedFile_failsEvenLenient() throws IOException {
        String xml = Files.readString(SMALL, StandardCharsets.UTF_8);
        Path p = write("truncated.xml", xml.substring(0, xml.indexOf("<contactInfo")));
        assertThatThrownBy(() -> ParseRun.lenient(new EuFsfXmlParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("truncated.xml /export/sanctionEntity[5]")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void parse_wrongRoot_fails() throws IOException {
        Path p = write("un.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST/>\n");
        assertThatThrownBy(() -> ParseRun.lenient(new EuFsfXmlParser(), p))
                .hasMessageContaining("un.xml /CONSOLIDATED_LIST (line 2)")
                .hasMessageContaining("expected <export>");
    }

    @Test
    void load_fixtureByDetection_usesFsfParser() {
        LoadResult r = ListLoader.load(List.of(SMALL), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(5);
        assertThat(r.snapshot().sources()).containsExactly(SOURCE);
    }
}

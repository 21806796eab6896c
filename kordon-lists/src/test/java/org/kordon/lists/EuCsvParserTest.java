package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

class EuCsvParserTest {
    private static final Path R269 = ParseRun.fixture("eu-csv/32014R0269.csv");
    private static final Path R833 = ParseRun.fixture("eu-csv/32014R0833.csv");

    @TempDir
    Path tmp;

    private Path variant(Path base, String name, String from, String to) throws IOException {
        String csv = Files.readString(base, StandardCharsets.UTF_8);
        assertThat(csv).contains(from);
        Path p = tmp.resolve(name);
        Files.writeString(p, csv.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        return p;
    }

    private static String header(Path base) throws IOException {
        return Files.readAllLines(base, StandardCharsets.UTF_8).get(0);
    }

    @Test
    void parse_consolidatedFixture_emitsEveryRowWithIdsPerAnnex() {
        ParseRun run = ParseRun.strict(new EuCsvParser(), R269);
        assertThat(run.entities()).extracting(Entity::id).containsExactly(
                "eu:32014R0269-I.PERSONS-1", "eu:32014R0269-I.PERSONS-6", "eu:32014R0269-I.PERSONS-995",
                "eu:32014R0269-I.ENTITIES-15", "eu:32014R0269-I.ENTITIES-45", "eu:32014R0269-I.ENTITIES-79");
        assertThat(run.ctx().source()).isEqualTo(new SourceRef("eu-32014R0269", null));
    }

    @Test
    void parse_person_mapsNamesBirthDateGenderAndSanction() {
        Entity e = ParseRun.strict(new EuCsvParser(), R269).get("eu:32014R0269-I.PERSONS-1");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.caption()).isEqualTo("Sergey Valeryevich AKSYONOV");
        assertThat(e.names()).contains(
                Name.of("Sergei Valerievich AKSENOV (Сергей Валерьевич АКСЁНОВ)", NameKind.ALIAS),
                Name.of("Serhiy Valeriyovych AKSYONOV (Сергiй Валерiйович АКСЬОНОВ)", NameKind.ALIAS));
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1972-11-26"));
        assertThat(e.birthPlaces()).containsExactly("Beltsy (Bălți), USSR (now Republic of Moldova)");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.authority()).isEqualTo("EU");
            assertThat(s.programs()).containsExactly("EU-UKR");
            assertThat(s.listedOn()).isEqualTo(PartialDate.parse("2014-03-17"));
            assertThat(s.measure()).isEqualTo("Asset freeze");
            assertThat(s.reason()).contains("in the presence of pro-Russian gunmen. His ‘election’ was decreed");
        });
        assertThat(e.remarks()).contains("Annex I.PERSONS of 32014R0269");
    }

    @Test
    void parse_birthDateAlternatives_giveOneDateEach() {
        Entity e = ParseRun.strict(new EuCsvParser(), R269).get("eu:32014R0269-I.PERSONS-6");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1970-01-18"), DateRange.parse("1965-03-29"));
    }

    @Test
    void parse_unparseableBirthDate_keptAsRemarkWithWarningNotSkipped() {
        ParseRun run = ParseRun.strict(new EuCsvParser(), R269);
        Entity e = run.get("eu:32014R0269-I.PERSONS-995");
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.remarks()).contains("Date of birth: 10 October (year unknown)");
        assertThat(run.ctx().skipped()).isZero();
        assertThat(run.ctx().problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 5");
            assertThat(p.field()).isEqualTo("birthDate");
        });
    }

    @Test
    void parse_quotedValueWithSemicolon_staysOneValue() {
        Entity e = ParseRun.strict(new EuCsvParser(), R269).get("eu:32014R0269-I.ENTITIES-15");
        assertThat(e.identifiers(IdType.PHONE)).extracting(Identifier::value)
                .containsExactly("+7 (3652) 502-300; +7 (918) 699-1020");
    }

    @Test
    void parse_russianCodes_mapToTaxIdAndRegistration() {
        Entity e = ParseRun.strict(new EuCsvParser(), R269).get("eu:32014R0269-I.ENTITIES-45");
        assertThat(e.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(e.identifiers(IdType.TAX_ID)).contains(
                new Identifier(IdType.TAX_ID, "9729299794", "ru", "INN"), Identifier.of(IdType.TAX_ID, "7729588440"));
        assertThat(e.identifiers(IdType.REGISTRATION)).contains(
                new Identifier(IdType.REGISTRATION, "1207700324941, KPP 772901001", "ru", "OGRN"),
                Identifier.of(IdType.REGISTRATION, "1077762942212"));
        assertThat(e.identifiers(IdType.EMAIL)).extracting(Identifier::value).containsExactly("info@ooosgm.ru");
        assertThat(e.addresses()).singleElement().satisfies(a ->
                assertThat(a.full()).isEqualTo("Prospect Vernadskogo 53, Moscow, 119415 Russia"));
    }

    @Test
    void parse_bank_mapsBicPreviousNameAndLegalForm() {
        Entity e = ParseRun.strict(new EuCsvParser(), R269).get("eu:32014R0269-I.ENTITIES-79");
        assertThat(e.identifiers(IdType.BIC)).extracting(Identifier::value).containsExactly("JSNMRUMM");
        assertThat(e.names()).contains(Name.of("NOMOS Bank", NameKind.PREVIOUS));
        assertThat(e.remarks()).contains("Legal form: public Joint Stock Company", "Incorporation date: 15.12.1999");
    }

    @Test
    void parse_vessel_mapsImoAndSchema() {
        Entity e = ParseRun.strict(new EuCsvParser(), R833).get("eu:32014R0833-XLII-1");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.caption()).isEqualTo("Angara");
        assertThat(e.identifiers(IdType.IMO)).extracting(Identifier::value).containsExactly("9179842");
        assertThat(e.sanctions().get(0).measure()).isEqualTo("Transportation restrictions");
        assertThat(e.sanctions().get(0).listedOn()).isEqualTo(PartialDate.parse("2024-06-25"));
    }

    @Test
    void parse_emptyRecordId_derivesIdFromNameHash() throws NoSuchAlgorithmException {
        byte[] d = MessageDigest.getInstance("SHA-256").digest("opk oboronprom".getBytes(StandardCharsets.UTF_8));
        String expected = "eu:32014R0833-V-h" + HexFormat.of().formatHex(d, 0, 6);
        ParseRun run = ParseRun.strict(new EuCsvParser(), R833);
        assertThat(run.get(expected).caption()).isEqualTo("OPK OBORONPROM");
        assertThat(run.get("eu:32014R0833-III-1").caption()).isEqualTo("SBERBANK");
    }

    @Test
    void parse_quotedAliasWithDoubledQuotes_decodesInnerQuotes() {
        Entity e = ParseRun.strict(new EuCsvParser(), R833).get("eu:32014R0833-IV-63");
        assertThat(e.names()).contains(
                Name.of("Акционерное Общество «Центральный Научно-Исследовательский Институт «Циклон» (АО \"ЦНИИ «Циклон»)",
                        NameKind.ALIAS),
                Name.of("Cyclone TsNII", NameKind.ALIAS));
        assertThat(e.identifiers(IdType.PHONE)).hasSize(2);
    }

    @Test
    void splitValues_quotedSemicolon_isOneValue() {
        assertThat(EuCsvParser.splitValues("\"Foo; Bar\"; Baz")).containsExactly("Foo; Bar", "Baz");
        assertThat(EuCsvParser.splitValues("a;b; ;a")).containsExactly("a", "b");
    }

    @Test
    void splitValues_unterminatedQuote_throws() {
        assertThatThrownBy(() -> EuCsvParser.splitValues("\"Foo; Bar"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unterminated");
    }

    @Test
    void freeDate_readsTheAnnexWordings() {
        assertThat(EuCsvParser.freeDate("4 Apr. 1944")).containsExactly(DateRange.parse("1944-04-04"));
        assertThat(EuCsvParser.freeDate("March 1961")).containsExactly(DateRange.parse("1961-03"));
        assertThat(EuCsvParser.freeDate("1952")).containsExactly(DateRange.parse("1952"));
        assertThat(EuCsvParser.freeDate("Approximately 1952")).containsExactly(DateRange.parse("~1952"));
        assertThat(EuCsvParser.freeDate("26.11.1972 (or 27.11.1972)"))
                .containsExactly(DateRange.parse("1972-11-26"), DateRange.parse("1972-11-27"));
        assertThat(EuCsvParser.freeDate("31.2.1970")).isEmpty();
        assertThat(EuCsvParser.freeDate("N/D")).isEmpty();
    }

    @Test
    void leadingDate_readsDateBeforeOtherText() {
        assertThat(EuCsvParser.leadingDate("7.10.1952 POB: Leningrad")).isEqualTo(DateRange.parse("1952-10-07"));
        assertThat(EuCsvParser.leadingDate("1964 (possibly: 21 April)")).isEqualTo(DateRange.parse("1964"));
        assertThat(EuCsvParser.leadingDate("March/April 1965")).isNull();
        assertThat(EuCsvParser.leadingDate("1964")).isNull();
    }

    @Test
    void nationalityCodes_readsAdjectivesAndLists() {
        assertThat(EuCsvParser.nationalityCodes("Russian")).containsExactly("ru");
        assertThat(EuCsvParser.nationalityCodes(
                "Ukrainian, Russian (the Union does not recognise passports issued by the Russian Federation in Crimea)"))
                .containsExactly("ua", "ru");
        assertThat(EuCsvParser.nationalityCodes("Russian and Ukrainian")).containsExactly("ru", "ua");
        assertThat(EuCsvParser.nationalityCodes("Democratic People’s Republic of Korea")).containsExactly("kp");
        assertThat(EuCsvParser.nationalityCodes("Russian, Atlantean")).isEmpty();
    }

    @Test
    void parse_wrongHeader_failsOnLineOneNamingColumnEvenLenient() throws IOException {
        Path p = variant(R269, "32014R0269.csv", "celex,recordId,programKey", "celex,recordId,program");
        assertThatThrownBy(() -> ParseRun.lenient(new EuCsvParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("32014R0269.csv line 1, field program: unexpected column 'program'");
    }

    @Test
    void parse_extraHeaderColumn_failsNamingIt() throws IOException {
        Path p = variant(R269, "extra.csv", "website,notes", "website,notes,comment");
        assertThatThrownBy(() -> ParseRun.lenient(new EuCsvParser(), p))
                .hasMessageContaining("extra.csv line 1, field comment: unexpected column 'comment'");
    }

    @Test
    void parse_amendmentFile_usesAmendedCelexForIds() throws IOException {
        String row = Files.readAllLines(R833, StandardCharsets.UTF_8).get(2);
        String csv = "amendedCelex,amendmentCelex," + header(R833).substring("celex,".length()) + "\n"
                + row.replaceFirst("^32014R0833,", "32014R0833,32024R1745,") + "\n";
        Path p = tmp.resolve("32024R1745.csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        ParseRun run = ParseRun.strict(new EuCsvParser(), p);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("eu:32014R0833-XLII-1");
        assertThat(run.ctx().source()).isEqualTo(new SourceRef("eu-32024R1745", null));
    }

    @Test
    void parse_badStartDate_strict_namesStartLineOfRecordAfterMultilineOne() throws IOException {
        Path p = variant(R269, "bad-start.csv", "Asset freeze,17.3.2014,Zima", "Asset freeze,17.13.2014,Zima");
        assertThatThrownBy(() -> ParseRun.strict(new EuCsvParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("bad-start.csv line 4, field startDate")
                .hasMessageContaining("17.13.2014");
    }

    @Test
    void parse_badStartDate_lenient_skipsRecordAndKeepsOthers() throws IOException {
        Path p = variant(R269, "bad-start.csv", "Asset freeze,17.3.2014,Zima", "Asset freeze,soon,Zima");
        ParseRun run = ParseRun.lenient(new EuCsvParser(), p);
        assertThat(run.entities()).hasSize(5).extracting(Entity::id).doesNotContain("eu:32014R0269-I.PERSONS-6");
        assertThat(run.ctx().skipped()).isEqualTo(1);
        assertThat(run.ctx().problems()).anySatisfy(pr -> {
            assertThat(pr.location()).isEqualTo("line 4");
            assertThat(pr.field()).isEqualTo("startDate");
        });
    }

    @Test
    void parse_unknownSchema_rejectsRecord() throws IOException {
        Path p = variant(R833, "schema.csv", ",Vessel,Angara", ",Ship2,Angara");
        assertThatThrownBy(() -> ParseRun.strict(new EuCsvParser(), p))
                .hasMessageContaining("schema.csv line 3, field schema")
                .hasMessageContaining("Ship2");
    }

    @Test
    void parse_emptyName_rejectsRecord() throws IOException {
        Path p = variant(R833, "noname.csv", ",LegalEntity,SBERBANK,", ",LegalEntity,,");
        assertThatThrownBy(() -> ParseRun.strict(new EuCsvParser(), p))
                .hasMessageContaining("noname.csv line 2, field name");
    }

    @Test
    void parse_rowWithMissingCells_failsEvenLenient() throws IOException {
        Path p = variant(R833, "short.csv", "LegalEntity,SBERBANK,,,,,,,,,", "LegalEntity,SBERBANK");
        assertThatThrownBy(() -> ParseRun.lenient(new EuCsvParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("short.csv line 2")
                .hasMessageContaining("cells");
    }

    @Test
    void parse_truncatedInsideQuotedField_failsNamingStartLine() throws IOException {
        String csv = Files.readString(R269, StandardCharsets.UTF_8);
        Path p = tmp.resolve("truncated.csv");
        Files.writeString(p, csv.substring(0, csv.indexOf("Stroygazmontazh Corporation") - 1) + "\"Stroygaz",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ParseRun.lenient(new EuCsvParser(), p))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("truncated.csv line 7");
    }

    @Test
    void load_fixtureFolderByDetection_readsBothFiles() {
        LoadResult r = ListLoader.load(List.of(R269.getParent()), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(10);
        assertThat(r.snapshot().sources()).containsExactly(new SourceRef("eu-32014R0269", null),
                new SourceRef("eu-32014R0833", null));
    }

    @Test
    void parse_realRegulation269_countMatchesIndependentRecordCount() throws IOException {
        Path file = SharedData.require("lists/eu/32014R0269.csv");
        List<List<String>> rows = plainRecords(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2802);
        // no cell of this file spans lines, so the plain line count agrees (header excluded)
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(2802 + 1);
        ParseRun run = ParseRun.strict(new EuCsvParser(), file);
        assertThat(run.ctx().problems()).allSatisfy(p -> assertThat(p.field()).isEqualTo("birthDate")).hasSizeLessThan(20);
        Entity putin = run.get("eu:32014R0269-I.PERSONS-669");
        assertThat(putin.caption()).isEqualTo("Vladimir Vladimirovich PUTIN");
        assertThat(putin.birthDates()).containsExactly(DateRange.parse("1952-10-07"));
        assertThat(putin.remarks()).anySatisfy(r -> assertThat(r).startsWith("Date of birth: 7.10.1952 POB: Leningrad"));
        assertThat(run.entities()).hasSize(rows.size());
        assertThat(run.byId()).hasSize(rows.size());
        long persons = rows.stream().filter(r -> r.get(7).equals("Person")).count();
        assertThat(run.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize((int) persons);
        Entity aksyonov = run.get("eu:32014R0269-I.PERSONS-1");
        assertThat(aksyonov.caption()).isEqualTo("Sergey Valeryevich AKSYONOV");
        assertThat(aksyonov.birthDates()).containsExactly(DateRange.parse("1972-11-26"));
        assertThat(aksyonov.programs()).containsExactly("EU-UKR");
        long russians = rows.stream().filter(r -> r.get(13).equals("Russian")).count();
        assertThat(run.entities().stream().filter(e -> e.nationalities().equals(List.of("ru"))).count())
                .isGreaterThanOrEqualTo(russians);
    }

    @Test
    void parse_realRegulation833_countsRowsAndVesselsWithImo() throws IOException {
        Path file = SharedData.require("lists/eu/32014R0833.csv");
        List<List<String>> rows = plainRecords(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(1746);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(1746 + 1);
        long vessels = rows.stream().filter(r -> r.get(7).equals("Vessel")).count();
        assertThat(vessels).isEqualTo(633);
        ParseRun run = ParseRun.strict(new EuCsvParser(), file);
        assertThat(run.entities()).hasSize(rows.size());
        assertThat(run.byId()).hasSize(rows.size());
        assertThat(run.ctx().problems()).isEmpty();
        List<Entity> ships = run.entities().stream().filter(e -> e.schema() == Schema.VESSEL).toList();
        assertThat(ships).hasSize((int) vessels).allSatisfy(s -> assertThat(s.identifiers(IdType.IMO)).hasSize(1));
        List<String> imos = rows.stream().filter(r -> r.get(7).equals("Vessel")).map(r -> r.get(37)).toList();
        assertThat(ships).extracting(s -> s.identifiers(IdType.IMO).get(0).value()).containsExactlyInAnyOrderElementsOf(imos);
        assertThat(run.get("eu:32014R0833-XLII-1").identifiers(IdType.IMO).get(0).value()).isEqualTo("9179842");
    }

    /** An independent RFC 4180 record splitter: quote-aware, no library, header dropped. */
    private static List<List<String>> plainRecords(String text) {
        List<List<String>> records = new java.util.ArrayList<>();
        List<String> cur = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cur.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cur.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                records.add(cur);
                cur = new java.util.ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cur.isEmpty()) {
            cur.add(cell.toString());
            records.add(cur);
        }
        assertThat(records.get(0).get(0)).isEqualTo("celex");
        return records.subList(1, records.size());
    }

    @Test
    void names_spacedSlashJoinsTwoLanguages_isTwoNames() {
        assertThat(EuCsvParser.names("Михаил Васильевич ЖЕЛТЯКОВ / Михайло Васильович ЖЕЛТЯКОВ"))
                .containsExactly("Михаил Васильевич ЖЕЛТЯКОВ", "Михайло Васильович ЖЕЛТЯКОВ");
        assertThat(EuCsvParser.names("ВТБ/Внешторгбанк")).containsExactly("ВТБ/Внешторгбанк");
        assertThat(EuCsvParser.names("Владислав Леонидович БЕРДИЧЕВСКИЙ/Владiслав Леонiдович БЕРДIЧЕВСЬКИЙ"))
                .containsExactly("Владислав Леонидович БЕРДИЧЕВСКИЙ", "Владiслав Леонiдович БЕРДIЧЕВСЬКИЙ");
    }
}

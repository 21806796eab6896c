package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.Address;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.model.VesselInfo;
import org.kordon.testkit.SharedData;

class OfacCsvParserTest {
    @TempDir
    Path tmp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(OfacCsvParserTest.class.getResource("/fixtures/ofac-csv/" + name).toURI());
    }

    private static ParseContext parse(Path sdn, boolean lenient, Map<String, Entity> out) throws IOException {
        ParseContext ctx = new ParseContext(sdn, lenient, e -> out.put(e.id(), e));
        new OfacCsvParser().parse(ctx);
        return ctx;
    }

    private static Map<String, Entity> parseFixture() throws Exception {
        Map<String, Entity> out = new LinkedHashMap<>();
        parse(fixture("sdn.csv"), false, out);
        return out;
    }

    /** Writes an sdn.csv in the real encoding (Latin-1, CRLF, 0x1A at the end) from lines of text. */
    private Path sdn(String... lines) throws IOException {
        return write("sdn.csv", lines);
    }

    private Path write(String name, String... lines) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, (String.join("\r\n", lines) + "\r\n\u001a").getBytes(StandardCharsets.ISO_8859_1));
        return f;
    }

    private static final String PUTIN = "35096,\"PUTIN, Vladimir Vladimirovich\",\"individual\",\"RUSSIA-EO14024\","
            + "\"President of the Russian Federation\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 07 Oct 1952; POB Leningrad, "
            + "Russia; nationality Russia; citizen Russia; Gender Male; President of the Russian Federation.\"";
    private static final String BNC = "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
            + "\"a.k.a. 'BNC'.\"";

    @Test
    void parse_fixture_emitsEveryRowOnce() throws Exception {
        assertThat(parseFixture()).containsOnlyKeys("ofac-sdn:306", "ofac-sdn:4107", "ofac-sdn:4243",
                "ofac-sdn:15431", "ofac-sdn:20306", "ofac-sdn:28263", "ofac-sdn:35096");
    }

    @Test
    void parse_person_mapsRemarksNamesAndAddresses() throws Exception {
        Entity putin = parseFixture().get("ofac-sdn:35096");
        assertThat(putin.schema()).isEqualTo(Schema.PERSON);
        assertThat(putin.caption()).isEqualTo("PUTIN, Vladimir Vladimirovich");
        assertThat(putin.names()).contains(Name.of("PUTIN, Vladimir", NameKind.ALIAS));
        assertThat(putin.birthDates()).containsExactly(DateRange.of(new PartialDate(1952, 10, 7)));
        assertThat(putin.birthPlaces()).containsExactly("Leningrad, Russia");
        assertThat(putin.nationalities()).containsExactly("ru");
        assertThat(putin.gender()).isEqualTo("Male");
        assertThat(putin.positions()).containsExactly("President of the Russian Federation");
        assertThat(putin.programs()).containsExactly("RUSSIA-EO14024");
        assertThat(putin.sanctions().get(0).authority()).isEqualTo("OFAC");
        assertThat(putin.sanctions().get(0).measure()).isEqualTo("SDN");
        assertThat(putin.addresses()).hasSize(4).contains(new Address(null, "Kremlin", "Moscow", null, null, "Russia"));
        assertThat(putin.remarks().get(0)).startsWith("DOB 07 Oct 1952; POB Leningrad");
        assertThat(putin.source()).isEqualTo(new SourceRef("ofac-sdn", null));
    }

    @Test
    void parse_remarksAka_isWeakAlias() throws Exception {
        Entity bnc = parseFixture().get("ofac-sdn:306");
        assertThat(bnc.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(bnc.names()).containsExactly(Name.of("BANCO NACIONAL DE CUBA", NameKind.PRIMARY),
                Name.of("NATIONAL BANK OF CUBA", NameKind.ALIAS), Name.of("BNC", NameKind.WEAK_ALIAS));
    }

    @Test
    void parse_latin1Address_decodesUmlaut() throws Exception {
        Entity bnc = parseFixture().get("ofac-sdn:306");
        assertThat(bnc.addresses()).extracting(Address::city).contains("Zürich CH-8022");
        assertThat(bnc.countries()).contains("ch", "es", "jp", "pa");
    }

    @Test
    void parse_vessel_mapsVesselColumnsImoAndFormerNames() throws Exception {
        Entity ebano = parseFixture().get("ofac-sdn:4243");
        assertThat(ebano.schema()).isEqualTo(Schema.VESSEL);
        assertThat(ebano.vessel()).isEqualTo(new VesselInfo("pa", "General Cargo", "2595", "1865", null));
        assertThat(ebano.identifiers(IdType.IMO)).extracting(Identifier::value).containsExactly("7406784");
        assertThat(ebano.names()).contains(Name.of("ANA I", NameKind.PREVIOUS), Name.of("SAND SWAN", NameKind.PREVIOUS));
        assertThat(ebano.addresses()).isEmpty();
    }

    @Test
    void parse_aircraft_mapsSerialNumbers() throws Exception {
        Entity plane = parseFixture().get("ofac-sdn:15431");
        assertThat(plane.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(plane.identifiers(IdType.AIRCRAFT_SERIAL)).extracting(Identifier::value)
                .containsExactlyInAnyOrder("1023409321", "8401");
    }

    @Test
    void parse_bracketedPrograms_splitsIntoList() throws Exception {
        Entity k = parseFixture().get("ofac-sdn:20306");
        assertThat(k.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
        assertThat(k.identifiers(IdType.TAX_ID)).containsExactly(
                new Identifier(IdType.TAX_ID, "5001000066", "ru", "Tax ID No."));
        assertThat(k.identifiers(IdType.REGISTRATION)).extracting(Identifier::value)
                .contains("1025000513878", "05747985");
        assertThat(k.identifiers(IdType.WEBSITE)).extracting(Identifier::value).containsExactly("www.cryogenmash.ru");
    }

    @Test
    void parse_commentsContinuation_appendsToRemarks() throws Exception {
        Entity tian = parseFixture().get("ofac-sdn:28263");
        assertThat(tian.remarks().get(0)).contains("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.");
        assertThat(tian.names()).contains(Name.of("snowsjohn", NameKind.WEAK_ALIAS),
                Name.of("tianyinyin0404", NameKind.WEAK_ALIAS));
        assertThat(tian.programs()).containsExactly("DPRK3", "CYBER2");
    }

    @Test
    void parse_passportsWithCountry_keepIssuer() throws Exception {
        Entity r = parseFixture().get("ofac-sdn:4107");
        assertThat(r.identifiers(IdType.PASSPORT)).contains(new Identifier(IdType.PASSPORT, "T321642", "co", "Passport"),
                new Identifier(IdType.PASSPORT, "77588", "ar", "Passport"));
        assertThat(r.identifiers(IdType.NATIONAL_ID)).extracting(Identifier::value).containsExactly("6068015", "6067015");
        assertThat(r.birthDates()).containsExactly(DateRange.of(new PartialDate(1939, 1, 31)));
    }

    @Test
    void parse_orphanCompanionRows_warnOnceWithExamples() throws Exception {
        ParseContext ctx = parse(fixture("sdn.csv"), false, new LinkedHashMap<>());
        assertThat(ctx.problems()).extracting(LoadProblem::toString).containsExactlyInAnyOrder(
                "sdn.csv, field ent_num: alt.csv: 1 rows for 1 ent_num values that sdn.csv does not list were skipped"
                        + " (the files are of different dates), e.g. 56636",
                "sdn.csv, field ent_num: add.csv: 3 rows for 2 ent_num values that sdn.csv does not list were skipped"
                        + " (the files are of different dates), e.g. 56636, 56682");
        assertThat(ctx.skipped()).isZero();
    }

    @Test
    void parse_dobForms_readAllOfacVariants() {
        assertThat(OfacRemarks.parseDate("1952")).isEqualTo(DateRange.of(PartialDate.ofYear(1952)));
        assertThat(OfacRemarks.parseDate("Oct 1952")).isEqualTo(DateRange.of(new PartialDate(1952, 10, 0)));
        assertThat(OfacRemarks.parseDate("circa 1960")).isEqualTo(DateRange.circa(PartialDate.ofYear(1960)));
        assertThat(OfacRemarks.parseDate("1960 to 1962"))
                .isEqualTo(DateRange.between(PartialDate.ofYear(1960), PartialDate.ofYear(1962)));
        assertThat(OfacRemarks.parseDate("01 Jan 1960 to 31 Dec 1962"))
                .isEqualTo(DateRange.between(new PartialDate(1960, 1, 1), new PartialDate(1962, 12, 31)));
        assertThat(OfacRemarks.parseDate("circa 1960-1962").toString()).isEqualTo("~1960..1962");
        assertThat(OfacRemarks.parseDate("31 Feb 1952")).isNull();
    }

    @Test
    void parse_altDob_addsSecondBirthDate() throws Exception {
        Map<String, Entity> out = new LinkedHashMap<>();
        parse(sdn("1,\"X, Y\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1952; alt. DOB circa 1953.\""),
                false, out);
        assertThat(out.get("ofac-sdn:1").birthDates()).containsExactly(DateRange.of(PartialDate.ofYear(1952)),
                DateRange.circa(PartialDate.ofYear(1953)));
    }

    @Test
    void parse_badDob_warnsWithLineAndKeepsEntity() throws Exception {
        Map<String, Entity> out = new LinkedHashMap<>();
        ParseContext ctx = parse(sdn(BNC,
                "2,\"X, Y\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 31 Feb 1952; POB Aden.\""),
                false, out);
        assertThat(out.get("ofac-sdn:2").birthDates()).isEmpty();
        assertThat(out.get("ofac-sdn:2").birthPlaces()).containsExactly("Aden");
        assertThat(ctx.problems()).extracting(LoadProblem::toString).containsExactly(
                "sdn.csv line 2, field Remarks: ofac-sdn:2: cannot read the date in 'DOB 31 Feb 1952'; loaded without it"
                        + " (the text stays in the remarks)");
    }

    @Test
    void parse_nonNumericEntNum_reportsLineAndField() throws IOException {
        Path f = sdn(BNC, "3O7,\"X\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ");
        assertThatThrownBy(() -> parse(f, false, new LinkedHashMap<>()))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("sdn.csv line 2, field ent_num: not a positive number: '3O7'");
    }

    @Test
    void parse_wrongColumnCount_reportsLine() throws IOException {
        Path f = sdn(BNC, "307,\"X\",-0- ,\"CUBA\",-0- ");
        assertThatThrownBy(() -> parse(f, false, new LinkedHashMap<>()))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("sdn.csv line 2: expected 12 columns, found 5");
    }

    @Test
    void parse_lenient_skipsBadRowsAndKeepsGoodOnes() throws IOException {
        Map<String, Entity> out = new LinkedHashMap<>();
        ParseContext ctx = parse(sdn(BNC, "307,\"X\",-0- ,\"CUBA\",-0- ",
                "3O8,\"X\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ", PUTIN), true, out);
        assertThat(out).containsOnlyKeys("ofac-sdn:306", "ofac-sdn:35096");
        assertThat(ctx.skipped()).isEqualTo(2);
        assertThat(ctx.problems()).extracting(LoadProblem::location).containsExactly("line 2", "line 3");
    }

    @Test
    void parse_unknownType_rejectsRecordNamingField() throws IOException {
        Path f = sdn("9,\"X\",\"submarine\",\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ");
        assertThatThrownBy(() -> parse(f, false, new LinkedHashMap<>()))
                .hasMessage("sdn.csv line 1, field SDN_Type: unknown type 'submarine' (expected individual, vessel,"
                        + " aircraft or -0-)");
    }

    @Test
    void parse_unterminatedQuotedField_failsEvenWhenLenient() throws IOException {
        Path f = tmp.resolve("sdn.csv");
        Files.writeString(f, BNC + "\r\n" + PUTIN.substring(0, 160) + "\r\n\u001a", StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parse(f, true, new LinkedHashMap<>()))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("sdn.csv line 2: unreadable CSV: ");
    }

    @Test
    void parse_wrongFileFirstRow_failsEvenWhenLenient() throws IOException {
        Path f = sdn("306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- ");
        assertThatThrownBy(() -> parse(f, true, new LinkedHashMap<>()))
                .hasMessage("sdn.csv line 1: expected 12 columns, found 5");
    }

    @Test
    void parse_emptySdnCsv_fails() throws IOException {
        Path f = tmp.resolve("sdn.csv");
        Files.write(f, new byte[] {0x1a});
        assertThatThrownBy(() -> parse(f, true, new LinkedHashMap<>()))
                .hasMessage("sdn.csv: the file holds no SDN rows");
    }

    @Test
    void parse_badCompanionRow_namesCompanionFile() throws IOException {
        Path f = sdn(BNC);
        write("alt.csv", "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- ", "x306,221,\"aka\",\"BNC BANK\",-0- ");
        assertThatThrownBy(() -> parse(f, false, new LinkedHashMap<>()))
                .hasMessage("alt.csv line 2, field ent_num: not a positive number: 'x306'");
    }

    @Test
    void load_fixtureFolder_detectsAndLoads() throws Exception {
        LoadResult r = ListLoader.load(List.of(fixture("sdn.csv")), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(7);
        assertThat(r.snapshot().sources()).containsExactly(new SourceRef("ofac-sdn", null));
    }

    // ---- real files (skipped when ../shared is absent) ----

    /** Rows of an OFAC CSV counted without a CSV library: lines that start with digits and a comma. */
    private static List<String> entNums(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.ISO_8859_1).replace("\u001a", "");
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(\\d+),").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void parse_realSdn2024_countMatchesIndependentLineCount() throws IOException {
        Path sdn = SharedData.require("lists/ofac/sdn.csv");
        List<String> ids = entNums(sdn);
        assertThat(ids).hasSize(14_965);
        Map<String, Entity> out = new LinkedHashMap<>();
        ParseContext ctx = parse(sdn, false, out);
        assertThat(out).hasSize(ids.size());
        // 4,440 rows mention RUSSIA-EO14024 (MANIFEST); one of them is the distinct programme BPI-RUSSIA-EO14024
        long russia = Pattern.compile("(?m)^\\d+,\"[^\"]*\",[^,]*,\"(?:[^\"]*\\] \\[)?RUSSIA-EO14024(?:\\] \\[[^\"]*)?\"")
                .matcher(Files.readString(sdn, StandardCharsets.ISO_8859_1)).results().count();
        assertThat(russia).isEqualTo(4439);
        assertThat(out.values().stream().filter(e -> e.programs().contains("RUSSIA-EO14024")).count()).isEqualTo(russia);
        assertThat(out.values().stream().filter(e -> e.schema() == Schema.VESSEL).count()).isEqualTo(851);
        assertThat(out.values().stream().filter(e -> e.schema() == Schema.AIRCRAFT).count()).isEqualTo(376);

        // the companion files are newer (Dec 2025): rows for later designations are orphans, reported once each
        Set<String> sdnIds = new HashSet<>(ids);
        long orphanAlt = entNums(sdn.resolveSibling("alt.csv")).stream().filter(id -> !sdnIds.contains(id)).distinct().count();
        assertThat(ctx.problems()).anySatisfy(p -> assertThat(p.message())
                .startsWith("alt.csv: ").contains(" rows for " + orphanAlt + " ent_num values"));
        assertThat(ctx.problems()).noneMatch(p -> p.field() != null && p.field().equals("Remarks"));

        Entity putin = out.get("ofac-sdn:35096");
        assertThat(putin.caption()).isEqualTo("PUTIN, Vladimir Vladimirovich");
        assertThat(putin.birthDates()).containsExactly(DateRange.of(new PartialDate(1952, 10, 7)));
        assertThat(putin.programs()).containsExactly("RUSSIA-EO14024");
        assertThat(out.get("ofac-sdn:4243").identifiers(IdType.IMO)).extracting(Identifier::value).containsExactly("7406784");
    }

    @Test
    void parse_realBench2021_everyCompanionRowJoins() throws IOException {
        Path sdn = SharedData.require("lists/ofac/bench-2021/sdn.csv");
        List<String> ids = entNums(sdn);
        assertThat(ids).hasSize(8_976);
        Map<String, Entity> out = new LinkedHashMap<>();
        ParseContext ctx = parse(sdn, false, out);
        assertThat(out).hasSize(ids.size());
        assertThat(ctx.problems()).isEmpty();
        // every alt.csv name, read with a plain regex, is on its entity
        String alt = Files.readString(sdn.resolveSibling("alt.csv"), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?m)^(\\d+),\\d+,\"[a-z]+\",\"([^\"]*)\"").matcher(alt);
        int altRows = 0;
        while (m.find()) {
            altRows++;
            Entity e = out.get("ofac-sdn:" + m.group(1));
            assertThat(e).as("entity of alt.csv row %s", m.group(1)).isNotNull();
            assertThat(e.names()).extracting(Name::value).contains(m.group(2).strip().replaceAll("\\s+", " "));
        }
        assertThat(altRows).isEqualTo(11_910);
    }

    @Test
    void load_realSdnCsv_detectsAndLoads() {
        Path dir = SharedData.require("lists/ofac");
        LoadResult r = ListLoader.load(List.of(dir.resolve("sdn.csv")), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(14_965);
    }
}

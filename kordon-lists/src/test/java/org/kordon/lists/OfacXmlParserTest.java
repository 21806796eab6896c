package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.model.VesselInfo;
import org.kordon.testkit.SharedData;

class OfacXmlParserTest {
    private static final String NS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML";

    @TempDir
    Path tmp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(OfacXmlParserTest.class.getResource("/fixtures/ofac-xml/" + name).toURI());
    }

    private static ParseContext parse(Path file, boolean lenient, Map<String, Entity> out) throws IOException {
        ParseContext ctx = new ParseContext(file, lenient, e -> out.put(e.id(), e));
        new OfacXmlParser().parse(ctx);
        return ctx;
    }

    private static Map<String, Entity> parseFixture() throws Exception {
        Map<String, Entity> out = new LinkedHashMap<>();
        parse(fixture("CONS_ENHANCED.XML"), false, out);
        return out;
    }

    private static String fixtureText() throws Exception {
        return Files.readString(fixture("CONS_ENHANCED.XML"), StandardCharsets.UTF_8);
    }

    private Path xml(String text) throws IOException {
        Path f = tmp.resolve("CONS_ENHANCED.XML");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void parse_fixture_emitsEveryEntity() throws Exception {
        assertThat(parseFixture()).containsOnlyKeys("ofac-cons:9639", "ofac-sdn:9647", "ofac-sdn:17013",
                "ofac-sdn:4243", "ofac-sdn:15431");
    }

    @Test
    void parse_fixture_setsSourceFromDataAsOf() throws Exception {
        ParseContext ctx = parse(fixture("CONS_ENHANCED.XML"), false, new LinkedHashMap<>());
        assertThat(ctx.source()).isEqualTo(new SourceRef("ofac-cons", "2025-01-10"));
    }

    @Test
    void parse_person_mapsFeaturesAndNames() throws Exception {
        Entity z = parseFixture().get("ofac-sdn:9647");
        assertThat(z.schema()).isEqualTo(Schema.PERSON);
        assertThat(z.caption()).isEqualTo("ZAHHAR, Mahmoud Khaled");
        assertThat(z.names()).contains(Name.of("AL ZAHAR, Mahmoud Khaled", NameKind.ALIAS),
                Name.of("ZAHAR, Mahmoud", NameKind.WEAK_ALIAS), Name.of("AL-ZAHAR, Mahmoud", NameKind.WEAK_ALIAS));
        assertThat(z.birthDates()).containsExactly(DateRange.of(PartialDate.ofYear(1945)));
        assertThat(z.birthPlaces()).containsExactly("Gaza Strip");
        assertThat(z.nationalities()).containsExactly("ps");
        assertThat(z.gender()).isEqualTo("Male");
        assertThat(z.addresses()).containsExactly(new Address(null, null, null, null, "Gaza", null));
        assertThat(z.remarks()).contains("Acting for or on behalf of: HAMAS (entity 4695)");
        assertThat(z.source()).isEqualTo(new SourceRef("ofac-cons", "2025-01-10"));
    }

    @Test
    void parse_sanctions_onePerListWithDatePublished() throws Exception {
        Entity z = parseFixture().get("ofac-sdn:9647");
        assertThat(z.sanctions()).containsExactly(
                new Sanction("OFAC", List.of("NS-PLC", "SDGT"), new PartialDate(2006, 4, 12),
                        "Non-SDN Palestinian Legislative Council List (Reject, Block)", null),
                new Sanction("OFAC", List.of("NS-PLC", "SDGT"), new PartialDate(2023, 11, 14), "SDN (Reject, Block)", null));
    }

    @Test
    void parse_nonSdnEntity_getsConsId() throws Exception {
        Entity h = parseFixture().get("ofac-cons:9639");
        assertThat(h.caption()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(h.programs()).containsExactly("NS-PLC");
        assertThat(h.birthDates()).containsExactly(DateRange.of(PartialDate.ofYear(1962)));
    }

    @Test
    void parse_cyrillicTranslation_isOriginalScriptWithLang() throws Exception {
        Entity vtb = parseFixture().get("ofac-sdn:17013");
        assertThat(vtb.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(vtb.caption()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
        assertThat(vtb.names()).contains(new Name("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", NameKind.ORIGINAL_SCRIPT, "Cyrillic"));
        assertThat(vtb.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
    }

    @Test
    void parse_identityDocumentsAndFeatures_becomeIdentifiers() throws Exception {
        Entity vtb = parseFixture().get("ofac-sdn:17013");
        assertThat(vtb.identifiers(IdType.TAX_ID)).containsExactly(new Identifier(IdType.TAX_ID, "7702070139", "ru", "Tax ID No."));
        assertThat(vtb.identifiers(IdType.REGISTRATION)).extracting(Identifier::value).contains("1027739609391", "00032520");
        assertThat(vtb.identifiers(IdType.BIC)).extracting(Identifier::value).containsExactly("VTBRRUMM");
        assertThat(vtb.identifiers(IdType.WEBSITE)).extracting(Identifier::value).contains("www.vtb.ru", "www.vtb.com");
        assertThat(vtb.addresses()).extracting(Address::country).contains("ru", "cn", "in");
        assertThat(vtb.remarks()).contains("Target Type Financial Institution");
    }

    @Test
    void parse_vessel_mapsFlagTypeAndImo() throws Exception {
        Entity ebano = parseFixture().get("ofac-sdn:4243");
        assertThat(ebano.schema()).isEqualTo(Schema.VESSEL);
        assertThat(ebano.vessel()).isEqualTo(new VesselInfo("pa", "General Cargo", null, "1865", null));
        assertThat(ebano.identifiers(IdType.IMO)).extracting(Identifier::value).containsExactly("7406784");
        assertThat(ebano.names()).contains(Name.of("ANA I", NameKind.PREVIOUS));
    }

    @Test
    void parse_aircraft_mapsSerialNumber() throws Exception {
        Entity plane = parseFixture().get("ofac-sdn:15431");
        assertThat(plane.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(plane.identifiers(IdType.AIRCRAFT_SERIAL)).extracting(Identifier::value).containsExactly("1023409321");
        assertThat(plane.remarks()).contains("Aircraft Model IL76-TD", "Linked To: POUYA AIR (entity 15427)");
    }

    @Test
    void parse_zip_readsFirstXmlEntry() throws Exception {
        Map<String, Entity> out = new LinkedHashMap<>();
        parse(fixture("CONS_ENHANCED.ZIP"), false, out);
        assertThat(out).isEqualTo(parseFixture());
    }

    @Test
    void parse_zipWithoutXml_fails() throws IOException {
        Path zip = tmp.resolve("EMPTY.ZIP");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("README.txt"));
            z.write("nothing".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> parse(zip, false, new LinkedHashMap<>()))
                .isInstanceOf(ListFormatException.class).hasMessage("EMPTY.ZIP: the ZIP holds no .xml entry");
    }

    @Test
    void parse_circaRangeBirthdate_mapsToApproximateRange() throws Exception {
        String text = fixtureText().replaceFirst("(?s)<fromDateBegin>1962-01-01</fromDateBegin>.*?<isDateRange>false</isDateRange>",
                "<fromDateBegin>1960-01-01</fromDateBegin><fromDateEnd>1960-12-31</fromDateEnd>"
                        + "<toDateBegin>1962-01-01</toDateBegin><toDateEnd>1962-12-31</toDateEnd>"
                        + "<isApproximate>true</isApproximate><isDateRange>true</isDateRange>");
        Map<String, Entity> out = new LinkedHashMap<>();
        parse(xml(text), false, out);
        assertThat(out.get("ofac-cons:9639").birthDates().get(0).toString()).isEqualTo("~1960..1962");
    }

    @Test
    void parse_badBirthdate_reportsElementPathLineAndField() throws Exception {
        Path f = xml(fixtureText().replace("<fromDateBegin>1945-01-01</fromDateBegin>", "<fromDateBegin>1945-13-01</fromDateBegin>"));
        int line = lineOf(f, "1945-13-01");
        assertThatThrownBy(() -> parse(f, false, new LinkedHashMap<>()))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("CONS_ENHANCED.XML /sanctionsData/entities/entity[2]/features/feature[1]/valueDate/fromDateBegin"
                        + " (line " + line + "), field fromDateBegin: not a date: '1945-13-01' (expected YYYY-MM-DD)");
    }

    @Test
    void parse_lenient_skipsBadEntityAndKeepsOthers() throws Exception {
        Path f = xml(fixtureText().replace("<entityType refId=\"600\">Individual</entityType>",
                "<entityType refId=\"600\">Submarine</entityType>"));
        Map<String, Entity> out = new LinkedHashMap<>();
        ParseContext ctx = parse(f, true, out);
        assertThat(out).containsOnlyKeys("ofac-sdn:17013", "ofac-sdn:4243", "ofac-sdn:15431");
        assertThat(ctx.skipped()).isEqualTo(2);
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Submarine")) {
                at.add(i + 1);
            }
        }
        assertThat(ctx.problems()).extracting(LoadProblem::location).containsExactly(
                "/sanctionsData/entities/entity[1]/generalInfo/entityType (line " + at.get(0) + ")",
                "/sanctionsData/entities/entity[2]/generalInfo/entityType (line " + at.get(1) + ")");
        assertThat(ctx.problems().get(0).field()).isEqualTo("entityType");
    }

    @Test
    void parse_badDatePublished_rejectsInStrictMode() throws Exception {
        Path f = xml(fixtureText().replace("datePublished=\"2022-02-24\"", "datePublished=\"24 Feb 2022\""));
        assertThatThrownBy(() -> parse(f, false, new LinkedHashMap<>()))
                .hasMessageContaining("/sanctionsData/entities/entity[3]/sanctionsLists/sanctionsList[3] (line ")
                .hasMessageEndingWith("field datePublished: not a date: '24 Feb 2022' (expected YYYY-MM-DD)");
    }

    @Test
    void parse_truncatedXml_failsEvenWhenLenient() throws Exception {
        String text = fixtureText();
        Path f = xml(text.substring(0, text.indexOf("<entity id=\"17013\">") + 200));
        assertThatThrownBy(() -> parse(f, true, new LinkedHashMap<>()))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("CONS_ENHANCED.XML /sanctionsData/entities/entity[3]/")
                .hasMessageContaining(" (line ")
                .hasMessageContaining("malformed or refused XML");
    }

    @Test
    void parse_wrongRoot_fails() throws IOException {
        Path f = xml("<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>");
        assertThatThrownBy(() -> parse(f, true, new LinkedHashMap<>()))
                .hasMessage("CONS_ENHANCED.XML /CONSOLIDATED_LIST: not OFAC Enhanced XML: the root element must be <sanctionsData>");
    }

    @Test
    void load_fixtureZip_detectsAndLoads() throws Exception {
        LoadResult r = ListLoader.load(List.of(fixture("CONS_ENHANCED.ZIP")), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(5);
        assertThat(r.snapshot().sources()).containsExactly(new SourceRef("ofac-cons", "2025-01-10"));
    }

    private static int lineOf(Path f, String needle) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + f);
    }

    // ---- real file (skipped when ../shared is absent) ----

    @Test
    void parse_realConsEnhancedZip_countMatchesIndependentElementCount() throws IOException {
        Path zip = SharedData.require("lists/ofac/CONS_ENHANCED.ZIP");
        String xml;
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            z.getNextEntry();
            xml = new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("<entity id=\"(\\d+)\">").matcher(xml);
        Set<String> ids = new HashSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSize(443);
        long sdnMembers = Pattern.compile("(?s)<entity id=\"\\d+\">(?:(?!</entity>).)*?>SDN List</sanctionsList>")
                .matcher(xml).results().count();

        Map<String, Entity> out = new LinkedHashMap<>();
        ParseContext ctx = parse(zip, false, out);
        assertThat(out).hasSize(ids.size());
        assertThat(out.keySet().stream().filter(k -> k.startsWith("ofac-sdn:")).count()).isEqualTo(sdnMembers);
        assertThat(ctx.source()).isEqualTo(new SourceRef("ofac-cons", "2025-01-10"));
        assertThat(ctx.problems()).isEmpty();

        Entity vtb = out.get("ofac-sdn:17013");
        assertThat(vtb.caption()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
        assertThat(vtb.programs()).contains("RUSSIA-EO14024");
        assertThat(vtb.identifiers(IdType.TAX_ID)).extracting(Identifier::value).containsExactly("7702070139");
        Entity haniya = out.get("ofac-cons:9639");
        assertThat(haniya.birthDates()).containsExactly(DateRange.of(PartialDate.ofYear(1962)));
        // Cyrillic names, distinct per entity, read with a regex: script element then formattedFullName
        Matcher block = Pattern.compile("(?s)<entity id=\"(\\d+)\">(.*?)</entity>").matcher(xml);
        Pattern cyr = Pattern.compile("(?s)>Cyrillic</script>.*?<formattedFullName>([^<]*)</formattedFullName>");
        long cyrillic = 0;
        while (block.find()) {
            cyrillic += cyr.matcher(block.group(2)).results().map(r -> r.group(1).strip()).distinct().count();
        }
        assertThat(cyrillic).isEqualTo(39);
        assertThat(out.values().stream().mapToLong(e -> e.names().stream()
                .filter(n -> "Cyrillic".equals(n.lang())).count()).sum()).isEqualTo(cyrillic);
    }

    @Test
    void load_realConsEnhancedZip_detectsFormat() throws IOException {
        Path zip = SharedData.require("lists/ofac/CONS_ENHANCED.ZIP");
        assertThat(ListFormat.detect(zip)).contains(ListFormat.OFAC_XML);
        assertThat(ListLoader.load(List.of(zip), LoadOptions.defaults()).snapshot().size()).isEqualTo(443);
    }
}

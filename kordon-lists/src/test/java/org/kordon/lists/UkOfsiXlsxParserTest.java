package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
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

class UkOfsiXlsxParserTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/uk-ofsi-xlsx/ConList.xlsx");

    @TempDir
    Path tmp;

    @Test
    void parse_fixture_oneEntityPerGroupId() throws IOException {
        ParseRun run = ParseRun.strict(new UkOfsiXlsxParser(), FIXTURE);
        assertThat(run.entities()).extracting(Entity::id).containsExactlyInAnyOrder("uk:7996", "uk:15071",
                "uk:13651", "uk:14796", "uk:13044", "uk:13897", "uk:8283");
        assertThat(run.problems()).isEmpty();
    }

    @Test
    void parse_fixture_sourceIsLastUpdatedDate() throws IOException {
        ParseRun run = ParseRun.strict(new UkOfsiXlsxParser(), FIXTURE);
        assertThat(run.source()).isEqualTo(new SourceRef("uk-ofsi", "2025-04-10"));
        assertThat(run.entities()).allMatch(e -> e.source().equals(run.source()));
    }

    @Test
    void parse_russianPerson_mapsNamesDatesAndProgramme() throws IOException {
        Entity akimov = ParseRun.strict(new UkOfsiXlsxParser(), FIXTURE).get("uk:15071");
        assertThat(akimov.schema()).isEqualTo(Schema.PERSON);
        assertThat(akimov.caption()).isEqualTo("Andrey Igorevich AKIMOV");
        assertThat(akimov.names()).contains(Name.of("Andrei Igorevich AKIMOV", NameKind.ALIAS));
        // OFSI gives no script language for this row: the script is detected
        assertThat(akimov.names()).contains(new Name("Андрей Игоревич Акимов", NameKind.ORIGINAL_SCRIPT, "Cyrillic"));
        assertThat(akimov.birthDates()).containsExactly(DateRange.parse("1953-09-22"));
        assertThat(akimov.birthPlaces()).containsExactly("Leningrad (St Petersburg), Russia");
        assertThat(akimov.nationalities()).containsExactly("ru");
        assertThat(akimov.gender()).isEqualTo("male");
        assertThat(akimov.positions()).hasSize(3).first().asString().startsWith("Chairman of the Management Board");
        assertThat(akimov.programs()).containsExactly("Russia");
        assertThat(akimov.sanctions().get(0).authority()).isEqualTo("UK");
        assertThat(akimov.sanctions().get(0).listedOn()).hasToString("2022-04-06");
        assertThat(akimov.sanctions().get(0).reason()).startsWith("Andrey Igorevich AKIMOV (hereafter AKIMOV)");
        assertThat(akimov.identifiers(IdType.OTHER)).anyMatch(i -> i.value().equals("RUS1122")
                && "UK Sanctions List Ref".equals(i.label()));
    }

    @Test
    void parse_ship_hasImoAndVesselData() throws IOException {
        Entity ship = ParseRun.strict(new UkOfsiXlsxParser(), FIXTURE).get("uk:13651");
        assertThat(ship.schema()).isEqualTo(Schema.VESSEL);
        assertThat(ship.caption()).isEqualTo("SAM JONG 2");
        assertThat(ship.names()).hasSize(9);
        assertThat(ship.identifiers(IdType.IMO)).extracting(i -> i.value()).containsExactly("7408873");
        assertThat(ship.vessel().flag()).isEqualTo("kp");
        assertThat(ship.vessel().type()).isEqualTo("Oil tanker");
        assertThat(ship.vessel().tonnage()).isEqualTo("1676");
        assertThat(ship.vessel().owner()).isEqualTo("Korea Samjong Shipping");
    }

    @Test
    void parse_fkaRow_isPreviousName() throws IOException {
        Entity e = ParseRun.strict(new UkOfsiXlsxParser(), FIXTURE).get("uk:8283");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).containsExactly(Name.of("LOGARCHEO AG", NameKind.PREVIOUS),
                Name.of("LOGARCHEO S.A.", NameKind.PRIMARY));
        assertThat(e.addresses()).singleElement().satisfies(a -> {
            assertThat(a.full()).isEqualTo("Chemin du Carmel, 1661 Le Paquier-Montbarry, Switzerland");
            assertThat(a.country()).isEqualTo("ch");
        });
    }

    @Test
    void parse_lowQualityAlias_isWeakAlias() throws IOException {
        Entity e = ParseRun.strict(new UkOfsiXlsxParser(), FIXTURE).get("uk:7996");
        assertThat(e.names()).contains(Name.of("ABO GHAITH", NameKind.WEAK_ALIAS));
        assertThat(e.identifiers(IdType.PASSPORT)).singleElement()
                .satisfies(i -> assertThat(i.value()).isEqualTo("849594"));
        assertThat(e.identifiers(IdType.OTHER)).extracting(i -> i.value()).contains("AQD0318", "QDi.154");
    }

    @Test
    void parse_zeroDayAndMonth_isYearOnly() throws IOException {
        Entity e = ParseRun.strict(new UkOfsiXlsxParser(), FIXTURE).get("uk:14796");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1969"));
    }

    @Test
    void parse_rowsWithDifferentDobs_keepsEveryDob() throws IOException {
        Entity e = ParseRun.strict(new UkOfsiXlsxParser(), FIXTURE).get("uk:13044");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1983-07-05"), DateRange.parse("1983-03-10"));
    }

    @Test
    void parse_groupUnderTwoRegimes_hasBothProgrammes() throws IOException {
        Entity e = ParseRun.strict(new UkOfsiXlsxParser(), FIXTURE).get("uk:13897");
        assertThat(e.programs()).containsExactlyInAnyOrder("Global Human Rights", "Myanmar");
    }

    @Test
    void load_detectsXlsxAndLoads() {
        LoadResult r = ListLoader.load(List.of(FIXTURE), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(7);
        assertThat(r.snapshot().sources()).containsExactly(new SourceRef("uk-ofsi", "2025-04-10"));
    }

    // --- malformed input, built with a tiny inline-string workbook writer ---

    static List<String> header() {
        return OfsiConList.COLUMNS;
    }

    static List<String> row(String gid, String surname, String dob) {
        List<String> r = new ArrayList<>();
        for (String c : OfsiConList.COLUMNS) {
            r.add(switch (c) {
                case "Name 6" -> surname;
                case "Name 1" -> "Ivan";
                case "DOB" -> dob;
                case "Group Type" -> "Individual";
                case "Alias Type" -> "Primary name";
                case "Regime" -> "Russia";
                case "Listed On" -> "15/03/2022";
                case "Group ID" -> gid;
                default -> "";
            });
        }
        return r;
    }

    /** Writes a minimal .xlsx whose only part is the sheet, with inline strings. */
    static Path xlsx(Path file, String sheetXml) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write(sheetXml.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return file;
    }

    static String sheet(List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            b.append("<row r=\"").append(r + 1).append("\">");
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                    b.append("<c r=\"").append(col(c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                            .append(cells.get(c).replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
                }
            }
            b.append("</row>");
        }
        return b.append("</sheetData></worksheet>").toString();
    }

    private static String col(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : "A" + (char) ('A' + c - 26);
    }

    @Test
    void parse_inlineStringWorkbookWithoutSharedStrings_reads() throws IOException {
        Path f = xlsx(tmp.resolve("inline.xlsx"), sheet(List.of(List.of("Last Updated", "01/02/2024"), header(),
                row("1", "PETROV", "01/02/1970"))));
        ParseRun run = ParseRun.strict(new UkOfsiXlsxParser(), f);
        assertThat(run.entities()).singleElement().satisfies(e -> assertThat(e.caption()).isEqualTo("Ivan PETROV"));
        assertThat(run.source().version()).isEqualTo("2024-02-01");
    }

    @Test
    void parse_badDob_namesRowAndColumn() throws IOException {
        Path f = xlsx(tmp.resolve("bad.xlsx"), sheet(List.of(List.of("Last Updated", "01/02/2024"), header(),
                row("1", "PETROV", "01/02/1970"), row("2", "SIDOROV", "31/02/1960"))));
        assertThatThrownBy(() -> ParseRun.strict(new UkOfsiXlsxParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("bad.xlsx row 4, field DOB: bad date '31/02/1960'");
    }

    @Test
    void parse_badDobLenient_skipsGroupAndKeepsOthers() throws IOException {
        Path f = xlsx(tmp.resolve("bad.xlsx"), sheet(List.of(List.of("Last Updated", "01/02/2024"), header(),
                row("1", "PETROV", "01/02/1970"), row("2", "SIDOROV", "31/02/1960"), row("2", "SIDOROFF", ""))));
        ParseRun run = ParseRun.lenient(new UkOfsiXlsxParser(), f);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("uk:1");
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("row 4");
            assertThat(p.field()).isEqualTo("DOB");
        });
    }

    @Test
    void parse_unknownGroupType_rejectsWithColumn() throws IOException {
        List<String> bad = new ArrayList<>(row("3", "X", ""));
        bad.set(OfsiConList.COLUMNS.indexOf("Group Type"), "Spaceship");
        Path f = xlsx(tmp.resolve("type.xlsx"), sheet(List.of(header(), bad)));
        assertThatThrownBy(() -> ParseRun.strict(new UkOfsiXlsxParser(), f))
                .hasMessageContaining("type.xlsx row 2, field Group Type: unknown group type 'Spaceship'");
    }

    @Test
    void parse_missingColumn_failsEvenLenient() throws IOException {
        List<String> h = new ArrayList<>(header());
        h.remove("Group ID");
        Path f = xlsx(tmp.resolve("cols.xlsx"), sheet(List.of(List.of("Last Updated", "01/02/2024"), h)));
        assertThatThrownBy(() -> ParseRun.lenient(new UkOfsiXlsxParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("cols.xlsx row 2, field Group ID: not an OFSI ConList header");
    }

    @Test
    void parse_doctypeInSheet_isRefused() throws IOException {
        Path f = xlsx(tmp.resolve("dtd.xlsx"), "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&x;</t></is>"
                + "</c></row></sheetData></worksheet>");
        assertThatThrownBy(() -> ParseRun.lenient(new UkOfsiXlsxParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("dtd.xlsx xl/worksheets/sheet1.xml")
                .hasMessageContaining("DTD is not allowed");
    }

    @Test
    void parse_billionLaughsInSharedStrings_isRefused() throws IOException {
        Path f = tmp.resolve("laughs.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            z.write(("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;\">"
                    + "<!ENTITY c \"&b;&b;&b;&b;&b;\">]><sst><si><t>&c;</t></si></sst>").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write(sheet(List.of(header())).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThatThrownBy(() -> ParseRun.lenient(new UkOfsiXlsxParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("laughs.xlsx xl/sharedStrings.xml")
                .hasMessageContaining("DTD is not allowed");
    }

    @Test
    void parse_truncatedSheet_failsWithPartAndRow() throws IOException {
        String whole = sheet(List.of(List.of("Last Updated", "01/02/2024"), header(), row("1", "PETROV", "")));
        Path f = xlsx(tmp.resolve("cut.xlsx"), whole.substring(0, whole.length() - 40));
        assertThatThrownBy(() -> ParseRun.lenient(new UkOfsiXlsxParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("cut.xlsx xl/worksheets/sheet1.xml after row 3")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void parse_notAZip_isRefused() throws IOException {
        Path f = Files.writeString(tmp.resolve("text.xlsx"), "Name 6,Group ID\n");
        assertThatThrownBy(() -> ParseRun.strict(new UkOfsiXlsxParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("text.xlsx: not an Excel .xlsx workbook");
    }

    @Test
    void ukDate_partsAndErrors() {
        assertThat(OfsiConList.ukDate("00/00/1952")).hasToString("1952");
        assertThat(OfsiConList.ukDate("00/05/1973")).hasToString("1973-05");
        assertThat(OfsiConList.ukDate("05/1973")).hasToString("1973-05");
        assertThat(OfsiConList.ukDate("1951")).hasToString("1951");
        assertThatThrownBy(() -> OfsiConList.ukDate("12/00/1970")).hasMessageContaining("day without month");
        assertThatThrownBy(() -> OfsiConList.ukDate("circa 1970")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void language_englishNameToIsoCode() {
        assertThat(OfsiConList.language("Russian")).isEqualTo("ru");
        assertThat(OfsiConList.language("Persian/Farsi")).isEqualTo("fa");
        assertThat(OfsiConList.language("Klingon")).isNull();
    }

    @Test
    void enumeration_splitsNumberedListsOnly() {
        assertThat(OfsiConList.enumeration("(1) Uganda (2) Uganda (3)Uganda")).containsExactly("Uganda", "Uganda", "Uganda");
        assertThat(OfsiConList.enumeration("+7 (495) 123")).containsExactly("+7 (495) 123");
        assertThat(OfsiConList.enumeration("(1) +7 (495) 1 (2) +7 (812) 2")).containsExactly("+7 (495) 1", "+7 (812) 2");
    }

    // --- the real ConList ---

    @Test
    void parse_realConList_countsMatchSheetXml() throws IOException {
        Path f = SharedData.require("lists/uk/OFSI_ConList_2025-04-10.xlsx");
        // Independent count: regex over the raw sheet XML. Column AJ holds Group ID as a shared-string index;
        // the file's shared strings are unique (count == uniqueCount), so distinct indices = distinct Group IDs.
        String sheetXml;
        String sst;
        try (ZipFile z = new ZipFile(f.toFile())) {
            sheetXml = read(z, "xl/worksheets/sheet1.xml");
            sst = read(z, "xl/sharedStrings.xml");
        }
        Matcher counts = Pattern.compile("count=\"(\\d+)\" uniqueCount=\"(\\d+)\"").matcher(sst);
        assertThat(counts.find()).isTrue();
        assertThat(counts.group(1)).isEqualTo(counts.group(2));
        int rows = 0;
        Matcher rm = Pattern.compile("<row r=\"(\\d+)\"").matcher(sheetXml);
        while (rm.find()) {
            rows += Integer.parseInt(rm.group(1)) > 2 ? 1 : 0;
        }
        Set<String> groupIds = new HashSet<>();
        Matcher gm = Pattern.compile("<c r=\"AJ(\\d+)\"[^>]*><v>(\\d+)</v>").matcher(sheetXml);
        while (gm.find()) {
            if (Integer.parseInt(gm.group(1)) > 2) {
                groupIds.add(gm.group(2));
            }
        }
        assertThat(rows).isEqualTo(18_796);
        assertThat(groupIds).hasSize(4_686);

        ParseRun run = real(f);
        assertThat(run.entities()).hasSize(groupIds.size());
        assertThat(run.source()).isEqualTo(new SourceRef("uk-ofsi", "2025-04-10"));
        assertThat(run.entities().stream().filter(e -> e.schema() == Schema.VESSEL)).hasSize(15);
        assertThat(run.entities().stream().filter(e -> !e.identifiers(IdType.IMO).isEmpty())).hasSize(15);
    }

    @Test
    void parse_realConList_spotChecks() throws IOException {
        Path f = SharedData.require("lists/uk/OFSI_ConList_2025-04-10.xlsx");
        ParseRun run = real(f);
        Entity akimov = run.get("uk:15071");
        assertThat(akimov.caption()).isEqualTo("Andrey Igorevich AKIMOV");
        assertThat(akimov.birthDates()).containsExactly(DateRange.parse("1953-09-22"));
        assertThat(akimov.programs()).containsExactly("Russia");
        Entity smal = run.get("uk:13990");
        assertThat(smal.names()).filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT).extracting(Name::value)
                .contains("СМАЛЬ, Андрэй Фёдаравіч", "СМАЛЬ, Андрей Федорович");
        assertThat(run.get("uk:15055").names())
                .contains(new Name("Саенко Сергей Иванович", NameKind.ORIGINAL_SCRIPT, "ru"));
        Entity ship = run.get("uk:13651");
        assertThat(ship.identifiers(IdType.IMO)).extracting(i -> i.value()).containsExactly("7408873");
    }

    private static String read(ZipFile z, String name) throws IOException {
        try (InputStream in = z.getInputStream(z.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The real file is large: parse it once for all the tests that read it. */
    private static ParseRun real;

    private static synchronized ParseRun real(Path f) throws IOException {
        if (real == null) {
            real = ParseRun.strict(new UkOfsiXlsxParser(), f);
        }
        return real;
    }
}

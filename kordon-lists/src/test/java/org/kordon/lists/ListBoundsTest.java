package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.testkit.Allocation;
import org.kordon.testkit.ZipBomb;

/**
 * Every cap of {@link Limit}, attacked with a hostile file generated on the fly: the load fails with a
 * {@link ListFormatException} that names the file, the place and the cap, in lenient mode too, and the parser
 * allocates little on the way (measured per thread: the old parsers allocated gigabytes on the same files).
 * Most tests use the real caps; a few lower one cap with {@link ParseContext#withLimit} where reaching the real
 * one would only cost time.
 */
@Timeout(120) // a hang guard: each test takes well under a few seconds
class ListBoundsTest {
    /** No hostile file may make a parser allocate more than this before it is refused. */
    private static final long BUDGET = 64L << 20;
    private static final byte[] MIB_OF_A = ZipBomb.fill(1 << 20, 'A');

    @TempDir
    Path tmp;

    /** Parses in lenient mode (caps must hold there too) and returns the failure, checking the allocation. */
    private static ListFormatException refused(ListParser parser, ParseContext ctx, String limit) {
        Allocation.Result r = Allocation.measure(() -> parser.parse(ctx));
        assertThat(r.thrown()).as("what the parser threw").isInstanceOf(ListFormatException.class);
        ListFormatException e = (ListFormatException) r.thrown();
        assertThat(e.limit()).as(e.getMessage()).isEqualTo(limit);
        assertThat(e.file()).isNotNull();
        assertThat(e.getMessage()).startsWith(e.file()).contains("Kordon limit '" + limit + "'");
        assertThat(r.bytes()).as("bytes allocated before refusing: %s", e.getMessage()).isLessThan(BUDGET);
        return e;
    }

    private ParseContext lenient(Path f) {
        return new ParseContext(f, true, e -> { });
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    // --- zips: the bombs of issue 17 ---

    private static final String OFAC_HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?><sanctionsData xmlns="
            + "\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML\">"
            + "<publicationInfo><dataAsOf>2025-01-10T00:00:00</dataAsOf></publicationInfo><entities>"
            + "<entity id=\"1\"><generalInfo><entityType>Entity</entityType></generalInfo><names><name>"
            + "<translations><translation><formattedFullName>";
    private static final String OFAC_TAIL = "</formattedFullName></translation></translations></name></names>"
            + "</entity></entities></sanctionsData>";

    @Test
    void ofacZip_1_5MbExpandingTo1_5GiB_isRefusedBeforeInflating() throws IOException {
        Path f = ZipBomb.write(tmp.resolve("CONS_ENHANCED.ZIP"), List.of(
                new ZipBomb.Part("CONS_ENHANCED.XML", OFAC_HEAD, MIB_OF_A, 1536, OFAC_TAIL)));
        assertThat(Files.size(f)).isLessThan(3_000_000);
        ListFormatException e = refused(new OfacXmlParser(), lenient(f), "document-bytes");
        assertThat(e.getMessage()).startsWith("CONS_ENHANCED.ZIP CONS_ENHANCED.XML: zip part CONS_ENHANCED.XML says it"
                + " expands to 1,610,613,202 bytes (a zip bomb?), past the limit of 536,870,912 bytes");
    }

    @Test
    void ofacZip_expandingTo1_5GiBOfOneNameWhileDeclaringLess_failsOnXmlEventBytesAllocatingLittle() throws IOException {
        Path f = ZipBomb.write(tmp.resolve("CONS_ENHANCED.ZIP"), List.of(
                new ZipBomb.Part("CONS_ENHANCED.XML", OFAC_HEAD, MIB_OF_A, 1536, OFAC_TAIL).declaring(3_420_879)));
        ListFormatException e = refused(new OfacXmlParser(), lenient(f), "xml-event-bytes");
        assertThat(e.getMessage()).contains("CONS_ENHANCED.XML").contains("1,048,576 bytes per XML text, tag or comment");
    }

    @Test
    void ofacZip_partDeclaringMoreThanDocumentBytes_isRefusedBeforeInflating() throws IOException {
        Path f = ZipBomb.write(tmp.resolve("big.zip"), List.of(
                new ZipBomb.Part("SDN_ENHANCED.XML", OFAC_HEAD, MIB_OF_A, 600, OFAC_TAIL)));
        ListFormatException e = refused(new OfacXmlParser(), lenient(f), "document-bytes");
        assertThat(e.getMessage()).contains("SDN_ENHANCED.XML says it expands to 629,146");
    }

    @Test
    void ofacZip_partLyingAboutItsSize_isCountedAndRefusedAtDocumentBytes() throws IOException {
        // valid XML all the way (a comment per MiB), so only the byte count can stop it
        byte[] comment = ("<!--" + "A".repeat((1 << 16) - 7) + "-->").getBytes(StandardCharsets.US_ASCII);
        Path f = ZipBomb.write(tmp.resolve("liar.zip"), List.of(new ZipBomb.Part("SDN_ENHANCED.XML",
                OFAC_HEAD.replace("<entities>", ""), comment, 64, "</publicationInfo>").declaring(1000)));
        ParseContext ctx = lenient(f).withLimit(Limit.DOCUMENT_BYTES, 1 << 20);
        ListFormatException e = refused(new OfacXmlParser(), ctx, "document-bytes");
        assertThat(e.getMessage()).contains("zip part SDN_ENHANCED.XML expands further (a zip bomb?)");
    }

    @Test
    void xlsx_partsTogetherPastArchiveBytes_areRefused() throws IOException {
        String strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>";
        Path f = ZipBomb.write(tmp.resolve("ConList.xlsx"), List.of(
                new ZipBomb.Part("xl/sharedStrings.xml", strings, ZipBomb.fill(1 << 16, ' '), 12, "</t></si></sst>"),
                new ZipBomb.Part("xl/worksheets/sheet1.xml", "<worksheet><sheetData>", ZipBomb.fill(1 << 16, ' '), 12,
                        "</sheetData></worksheet>")));
        ParseContext ctx = lenient(f).withLimit(Limit.ARCHIVE_BYTES, 1 << 20);
        refused(new UkOfsiXlsxParser(), ctx, "archive-bytes");
    }

    @Test
    void detect_zipWithABrokenEntryBeforeTheXml_inflatesNoneOfIt() throws IOException {
        // the entry before the XML would take seconds to inflate if it were 1.5 GiB; here it is broken instead, so
        // that reading it at all fails: detection must go to the XML entry through the zip's directory
        Path f = ZipBomb.write(tmp.resolve("CONS_ENHANCED.ZIP"), List.of(
                new ZipBomb.Part("padding.bin", "", MIB_OF_A, 16, ""),
                ZipBomb.Part.of("CONS_ENHANCED.XML", OFAC_HEAD + OFAC_TAIL)));
        byte[] bytes = Files.readAllBytes(f);
        java.util.Arrays.fill(bytes, 30 + "padding.bin".length(), 30 + "padding.bin".length() + 16, (byte) 0xFF);
        Files.write(f, bytes);
        assertThat(ListFormat.detect(f)).contains(ListFormat.OFAC_XML);
    }

    @Test
    void zip_cutShort_isMalformedInputNotAnIoError() throws IOException {
        // found by the CI fuzz step (ZipContainerFuzzTest): a zip whose end is missing threw java.io.EOFException
        // from ZipFile, which the CLI reported as "cannot read ...: null" (exit 4)
        Path whole = ZipBomb.write(tmp.resolve("whole.zip"), List.of(ZipBomb.Part.of("CONS_ENHANCED.XML", OFAC_HEAD + OFAC_TAIL)));
        byte[] bytes = Files.readAllBytes(whole);
        for (String name : List.of("ConList.xlsx", "FCDO_SL_Mon_Aug_11_2025.ods", "CONS_ENHANCED.ZIP")) {
            Path cut = Files.write(Files.createDirectories(tmp.resolve("cut-" + name)).resolve(name),
                    java.util.Arrays.copyOf(bytes, bytes.length / 2));
            ListParser parser = name.endsWith(".xlsx") ? new UkOfsiXlsxParser()
                    : name.endsWith(".ods") ? new UkSanctionsListOdsParser() : new OfacXmlParser();
            assertThatThrownBy(() -> ParseRun.strict(parser, cut)).as(name).isInstanceOf(ListFormatException.class)
                    .hasMessageStartingWith(name + ": not ").hasMessageContaining("or one cut short");
        }
    }

    @Test
    void zip_withMoreThanZipEntriesEntries_isRefusedBeforeReadingAny() throws IOException {
        List<ZipBomb.Part> parts = new ArrayList<>();
        for (int i = 0; i <= Limit.ZIP_ENTRIES.max(); i++) {
            parts.add(ZipBomb.Part.of("x/" + i + ".xml", ""));
        }
        Path f = ZipBomb.write(tmp.resolve("entries.ods"), parts);
        ListFormatException e = refused(new UkSanctionsListOdsParser(), lenient(f), "zip-entries");
        assertThat(e.getMessage()).contains("10,001 entries");
    }

    private static final String ODS_HEAD = "<office:document-content "
            + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
            + "<table:table table:name=\"UK_Sanction_List\">";
    private static final String ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>";

    private static String odsRow(String cells) {
        return "<table:table-row>" + cells + "</table:table-row>";
    }

    private static String odsCell(String text) {
        return "<table:table-cell><text:p>" + text + "</text:p></table:table-cell>";
    }

    @Test
    void ods_1_5MbExpandingTo1_5GiBOfOneCell_failsBeforeMemoryRunsOut() throws IOException {
        ZipBomb.Part content = new ZipBomb.Part("content.xml", ODS_HEAD + "<table:table-row><table:table-cell><text:p>",
                MIB_OF_A, 1536, "</text:p></table:table-cell></table:table-row>" + ODS_TAIL);
        Path honest = ZipBomb.write(tmp.resolve("FCDO_SL_Mon_Aug_11_2025.ods"), List.of(content));
        refused(new UkSanctionsListOdsParser(), lenient(honest), "document-bytes");
        Path lying = ZipBomb.write(tmp.resolve("FCDO_SL_Tue_Aug_12_2025.ods"), List.of(content.declaring(7_387_038)));
        ListFormatException e = refused(new UkSanctionsListOdsParser(), lenient(lying), "xml-event-bytes");
        assertThat(e.getMessage()).contains("content.xml");
    }

    @Test
    void ods_nonEmptyCellRepeatedPastColumns_isRefusedNamingTheRow() throws IOException {
        Path f = ZipBomb.write(tmp.resolve("wide.ods"), List.of(ZipBomb.Part.of("content.xml", ODS_HEAD
                + odsRow("<table:table-cell table:number-columns-repeated=\"2000000000\"><text:p>x</text:p>"
                        + "</table:table-cell>") + ODS_TAIL)));
        ListFormatException e = refused(new UkSanctionsListOdsParser(), lenient(f), "columns");
        assertThat(e.getMessage()).contains("row 1").contains("column 2000000000");
    }

    @Test
    void ods_rowRepeatedPastTheLastRowThenContent_isRefusedNotWrappedAround() throws IOException {
        Path f = ZipBomb.write(tmp.resolve("tall.ods"), List.of(ZipBomb.Part.of("content.xml", ODS_HEAD
                + "<table:table-row table:number-rows-repeated=\"2147483647\"><table:table-cell/></table:table-row>"
                + odsRow(odsCell("RUS0001")) + ODS_TAIL)));
        ListFormatException e = refused(new UkSanctionsListOdsParser(), lenient(f), "row-number");
        assertThat(e.getMessage()).contains("row 2147483648");
    }

    @Test
    void ods_moreNonEmptyRowsThanRows_isRefused() throws IOException {
        String header = odsRow(String.join("", List.of("Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type",
                "Designation source", "Date Designated", "Sanctions Imposed").stream().map(c -> odsCell(c)).toList()));
        Path f = ZipBomb.write(tmp.resolve("rows.ods"), List.of(new ZipBomb.Part("content.xml", ODS_HEAD + header,
                odsRow(odsCell("x")).getBytes(StandardCharsets.UTF_8), 50, ODS_TAIL)));
        refused(new UkSanctionsListOdsParser(), lenient(f).withLimit(Limit.ROWS, 40), "rows");
    }

    @Test
    void ods_cellOfManyExpandedSpaces_isRefusedAtRecordChars() throws IOException {
        byte[] spaces = "<text:s text:c=\"1000\"/>".repeat(100).getBytes(StandardCharsets.UTF_8);
        Path f = ZipBomb.write(tmp.resolve("spaces.ods"), List.of(new ZipBomb.Part("content.xml",
                ODS_HEAD + "<table:table-row><table:table-cell><text:p>x", spaces, 20,
                "</text:p></table:table-cell></table:table-row>" + ODS_TAIL)));
        refused(new UkSanctionsListOdsParser(), lenient(f), "record-chars");
    }

    // --- xlsx ---

    private static String xlsxRow(int r, String cells) {
        return "<row r=\"" + r + "\">" + cells + "</row>";
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private Path sheet(String name, String rows) throws IOException {
        return ZipBomb.write(tmp.resolve(name), List.of(ZipBomb.Part.of("xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                        + "</sheetData></worksheet>")));
    }

    @Test
    void xlsx_rowsReachingColumnXfd_areRefusedAtOnceInsteadOfPaddedToXfd() throws IOException {
        StringBuilder rows = new StringBuilder(xlsxRow(1, inline("A1", "Last Updated") + inline("B1", "10/04/2025")));
        for (int r = 2; r < 20_000; r++) {
            rows.append(xlsxRow(r, inline("A" + r, "x") + inline("XFD" + r, "y")));
        }
        ListFormatException e = refused(new UkOfsiXlsxParser(), lenient(sheet("ConList.xlsx", rows.toString())),
                "columns");
        assertThat(e.getMessage()).contains("row 2").contains("cell XFD2 is in column 16384");
        assertThat(e.field()).isEqualTo("XFD2");
    }

    @Test
    void xlsx_blankStyledCellsPastColumns_areIgnored() throws IOException {
        Path f = sheet("styled.xlsx", xlsxRow(1, inline("A1", "Last Updated") + "<c r=\"XFD1\" s=\"3\"/>")
                + xlsxRow(2, String.join("", OfsiConList.COLUMNS.stream()
                        .map(c -> inline(XlsxRef.of(OfsiConList.COLUMNS.indexOf(c)) + "2", c)).toList())
                        + "<c r=\"ZZ2\" s=\"1\"><v></v></c>"));
        ParseRun run = ParseRun.lenient(new UkOfsiXlsxParser(), f);
        assertThat(run.problems()).isEmpty();
    }

    @Test
    void xlsx_cellReferencePastAnyColumn_isRefusedNotTruncatedToThreeLetters() throws IOException {
        assertThat(XlsxSheetReader.column("XFD1")).isEqualTo(16383);
        assertThat(XlsxSheetReader.column("ZZZZZZZZZZ1")).isEqualTo(Integer.MAX_VALUE);
        Path f = sheet("letters.xlsx", xlsxRow(1, inline("AAAA1", "x")));
        refused(new UkOfsiXlsxParser(), lenient(f), "columns");
    }

    @Test
    void xlsx_rowNumberPastTheLastRow_isRefused() throws IOException {
        refused(new UkOfsiXlsxParser(), lenient(sheet("r.xlsx", xlsxRow(1_048_577, inline("A1048577", "x")))),
                "row-number");
    }

    @Test
    void xlsx_moreNonEmptyRowsThanRows_isRefused() throws IOException {
        StringBuilder rows = new StringBuilder(xlsxRow(1, String.join("", OfsiConList.COLUMNS.stream()
                .map(c -> inline(XlsxRef.of(OfsiConList.COLUMNS.indexOf(c)) + "1", c)).toList())));
        for (int r = 2; r <= 30; r++) {
            rows.append(xlsxRow(r, inline("A" + r, "x")));
        }
        refused(new UkOfsiXlsxParser(), lenient(sheet("rows.xlsx", rows.toString())).withLimit(Limit.ROWS, 20), "rows");
    }

    @Test
    void xlsx_inlineStringOfManyRuns_isRefusedAtRecordChars() throws IOException {
        byte[] run = ("<t>" + "A".repeat(60_000) + "</t>").getBytes(StandardCharsets.UTF_8);
        Path f = ZipBomb.write(tmp.resolve("runs.xlsx"), List.of(new ZipBomb.Part("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>", run, 40,
                "</is></c></row></sheetData></worksheet>")));
        refused(new UkOfsiXlsxParser(), lenient(f), "record-chars");
    }

    private Path sharedStrings(String name, String si, long times) throws IOException {
        return ZipBomb.write(tmp.resolve(name), List.of(
                new ZipBomb.Part("xl/sharedStrings.xml", "<sst>", si.getBytes(StandardCharsets.UTF_8), times, "</sst>"),
                ZipBomb.Part.of("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>")));
    }

    @Test
    void xlsx_moreSharedStringsThanSharedStrings_isRefused() throws IOException {
        Path f = sharedStrings("sst.xlsx", "<si><t>x</t></si>", 10_001);
        ListFormatException e = refused(new UkOfsiXlsxParser(), lenient(f).withLimit(Limit.SHARED_STRINGS, 10_000),
                "shared-strings");
        assertThat(e.getMessage()).contains("xl/sharedStrings.xml");
    }

    @Test
    void xlsx_sharedStringsPastSharedStringChars_isRefused() throws IOException {
        Path f = sharedStrings("chars.xlsx", "<si><t>" + "A".repeat(1000) + "</t></si>", 2000);
        refused(new UkOfsiXlsxParser(), lenient(f).withLimit(Limit.SHARED_STRING_CHARS, 1 << 20), "shared-string-chars");
    }

    // --- XML lists ---

    private static String un(String individuals) {
        return "<?xml version=\"1.0\"?><CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"><INDIVIDUALS>" + individuals
                + "</INDIVIDUALS></CONSOLIDATED_LIST>";
    }

    private static String individual(int i, String extra) {
        return "<INDIVIDUAL><FIRST_NAME>N" + i + "</FIRST_NAME><REFERENCE_NUMBER>QDi." + i + "</REFERENCE_NUMBER>"
                + extra + "</INDIVIDUAL>";
    }

    @Test
    void unXml_textNodeLongerThanXmlEventBytes_isRefusedNamingTheLine() throws IOException {
        Path f = write("UN.xml", un(individual(1, "<COMMENTS1>" + "A".repeat(3 << 20) + "</COMMENTS1>")));
        ListFormatException e = refused(new UnXmlParser(), lenient(f), "xml-event-bytes");
        assertThat(e.location()).contains("line 1");
    }

    @Test
    void unXml_nestedPastXmlDepth_isRefusedNamingTheElement() throws IOException {
        Path f = write("deep.xml", un(individual(1, "<X>".repeat(70) + "</X>".repeat(70))));
        ListFormatException e = refused(new UnXmlParser(), lenient(f), "xml-depth");
        assertThat(e.getMessage()).contains("element <X> is nested 65 levels deep");
    }

    @Test
    void unXml_elementWithMoreThanXmlAttributes_isRefused() throws IOException {
        StringBuilder attrs = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            attrs.append(" a").append(i).append("=\"1\"");
        }
        Path f = write("attrs.xml", un("<INDIVIDUAL" + attrs + "><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL>"));
        ListFormatException e = refused(new UnXmlParser(), lenient(f), "xml-attributes");
        assertThat(e.getMessage()).contains("<INDIVIDUAL> has 300 attributes");
    }

    @Test
    void unXml_recordOfMoreThanRecordElements_isRefused() throws IOException {
        Path f = write("elements.xml", un(individual(1, "<A/>".repeat(100_001))));
        ListFormatException e = refused(new UnXmlParser(), lenient(f), "record-elements");
        assertThat(e.location()).startsWith("/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]");
    }

    @Test
    void unXml_recordTextPastRecordChars_isRefused() throws IOException {
        String part = "<COMMENTS1>" + "A".repeat(600_000) + "</COMMENTS1>";
        refused(new UnXmlParser(), lenient(write("chars.xml", un(individual(1, part + part)))), "record-chars");
    }

    @Test
    void euFsfXml_recordTextPastRecordChars_isRefused() throws IOException {
        String remark = "<remark>" + "A".repeat(600_000) + "</remark>";
        Path f = write("eu.xml", "<export generationDate=\"2025-01-01\"><sanctionEntity logicalId=\"1\">" + remark
                + remark + "</sanctionEntity></export>");
        refused(new EuFsfXmlParser(), lenient(f), "record-chars");
    }

    @Test
    void ofacXml_entityOfMoreThanRecordElements_isRefused() throws IOException {
        Path f = write("SDN_ENHANCED.XML", OFAC_HEAD.replace("<formattedFullName>", "") + "<x/>".repeat(100_001)
                + "</translation></translations></name></names></entity></entities></sanctionsData>");
        refused(new OfacXmlParser(), lenient(f), "record-elements");
    }

    @Test
    void unXml_with120000PredefinedEntities_loadsOnEveryJdk() throws IOException {
        // guards against JDK 24's jdk.xml.maxGeneralEntitySizeLimit (100,000), which counts &amp; and friends
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            b.append(individual(i, "<COMMENTS1>" + "A &amp; B ".repeat(60) + "</COMMENTS1>"));
        }
        ParseRun run = ParseRun.strict(new UnXmlParser(), write("amp.xml", un(b.toString())));
        assertThat(run.entities()).hasSize(2000);
    }

    // --- CSV lists ---

    @Test
    void ofacCsv_unclosedQuoteOverMegabytes_isRefusedNamingTheLineWithoutBufferingIt() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ofac"));
        Path sdn = dir.resolve("sdn.csv");
        Files.writeString(sdn, "1,\"A\",\"individual\",\"P\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "2,\"" + "A".repeat(8 << 20) + "\r\n\u001A", StandardCharsets.ISO_8859_1); // whole: OFAC's end marker
        ListFormatException e = refused(new OfacCsvParser(), lenient(sdn), "record-chars");
        assertThat(e.getMessage()).startsWith("sdn.csv line 2: the record starting here runs on");
    }

    @Test
    void ofacCsv_companionWithMoreRecordsThanRows_isRefusedNamingIt() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ofac2"));
        Files.writeString(dir.resolve("sdn.csv"), "1,\"A\",\"individual\",\"P\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001A");
        Files.writeString(dir.resolve("alt.csv"), "1,1,\"aka\",\"B\",-0- \r\n".repeat(30) + "\u001A");
        ListFormatException e = refused(new OfacCsvParser(), lenient(dir.resolve("sdn.csv")).withLimit(Limit.ROWS, 20),
                "rows");
        assertThat(e.file()).isEqualTo("alt.csv");
    }

    @Test
    void ofacCsv_exactlyRowsRecordsAndTheEndMarker_loads() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ofac3"));
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            b.append(i).append(",\"A\",\"individual\",\"P\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        }
        Files.writeString(dir.resolve("sdn.csv"), b + "\u001a", StandardCharsets.ISO_8859_1);
        List<org.kordon.model.Entity> out = new ArrayList<>();
        new OfacCsvParser().parse(new ParseContext(dir.resolve("sdn.csv"), false, out::add).withLimit(Limit.ROWS, 3));
        assertThat(out).hasSize(3);
    }

    @Test
    void euCsv_exactlyRowsRows_loads() throws IOException {
        Path f = ParseRun.fixture("eu-csv/32014R0833.csv");
        long rows = ParseRun.strict(new EuCsvParser(), f).entities().size();
        List<org.kordon.model.Entity> out = new ArrayList<>();
        new EuCsvParser().parse(new ParseContext(f, false, out::add).withLimit(Limit.ROWS, rows));
        assertThat(out).hasSize((int) rows);
    }

    @Test
    void euCsv_unclosedQuoteOverMegabytes_isRefused() throws IOException {
        Path f = write("32014R0269.csv", "celex," + String.join(",", EuCsvParser.ENTITY_COLUMNS) + "\n\""
                + "A".repeat(3 << 20));
        refused(new EuCsvParser(), lenient(f), "record-chars");
    }

    @Test
    void ofsiCsv_unclosedQuoteOverMegabytes_isRefused() throws IOException {
        refused(new UkOfsiCsvParser(), lenient(write("ConList.csv", "\"" + "A".repeat(3 << 20))), "record-chars");
    }

    @Test
    void ofsiCsv_nonEmptyCellPastColumns_isRefused() throws IOException {
        Path f = write("ConList.csv", ",".repeat(1100) + "x\n");
        ListFormatException e = refused(new UkOfsiCsvParser(), lenient(f), "columns");
        assertThat(e.getMessage()).contains("line 1").contains("column 1101");
    }

    @Test
    void plainFile_largerThanDocumentBytes_isRefusedBeforeReading() throws IOException {
        Path f = write("ConList.csv", "x".repeat(2000));
        ListFormatException e = refused(new UkOfsiCsvParser(), lenient(f).withLimit(Limit.DOCUMENT_BYTES, 1000),
                "document-bytes");
        assertThat(e.getMessage()).contains("2,000 bytes");
    }

    // --- JSON lines ---

    private static final String FTM = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n";

    @Test
    void ftmJson_lineLongerThanRecordChars_isRefusedNamingTheLineWithoutBufferingIt() throws IOException {
        Path f = write("entities.ftm.json", FTM + "{\"id\":\"" + "A".repeat(8 << 20) + "\"}\n");
        ListFormatException e = refused(new FtmJsonParser(), lenient(f), "record-chars");
        assertThat(e.location()).isEqualTo("line 2");
    }

    @Test
    void senzingJson_nestedPastJsonDepth_isRefused() throws IOException {
        Path f = write("senzing.json", "{\"DATA_SOURCE\":\"x\",\"RECORD_ID\":\"1\",\"X\":" + "[".repeat(40)
                + "]".repeat(40) + "}\n");
        refused(new SenzingJsonParser(), lenient(f), "json-depth");
    }

    @Test
    void ftmJson_numberLongerThanJsonNumberChars_isRefused() throws IOException {
        refused(new FtmJsonParser(), lenient(write("n.ftm.json", "{\"id\":" + "9".repeat(200) + "}\n")),
                "json-number-chars");
    }

    @Test
    void ftmJson_propertyNameLongerThanJsonNameChars_isRefused() throws IOException {
        refused(new FtmJsonParser(), lenient(write("k.ftm.json", "{\"" + "k".repeat(2000) + "\":1}\n")),
                "json-name-chars");
    }

    @Test
    void ftmJson_bytesThatAreNotUtf8_failAsMalformedNotAsIoError() throws IOException {
        Path f = Files.write(tmp.resolve("bad.ftm.json"), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        assertThatThrownBy(() -> new FtmJsonParser().parse(lenient(f))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("bad.ftm.json line 1").hasMessageContaining("not valid UTF-8");
    }

    // --- entities ---

    @Test
    void anyFormat_moreEntitiesThanEntities_failsInLenientModeToo() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            b.append(individual(i, ""));
        }
        ListFormatException e = refused(new UnXmlParser(), lenient(write("UN.xml", un(b.toString())))
                .withLimit(Limit.ENTITIES, 3), "entities");
        assertThat(e.getMessage()).contains("more than 3 entities");
    }

    @Test
    void limits_everyCapHasADistinctKeyAndAPositiveValue() {
        assertThat(java.util.Arrays.stream(Limit.values()).map(Limit::key)).doesNotHaveDuplicates();
        assertThat(Limit.values()).allSatisfy(l -> assertThat(l.max()).isPositive());
        assertThat(Limit.COLUMNS.describe(1024)).isEqualTo("the limit of 1,024 columns per row (Kordon limit 'columns')");
    }

    /** Spreadsheet column letters for a 0-based index (A, B, ... Z, AA, ...). */
    static final class XlsxRef {
        static String of(int c) {
            StringBuilder b = new StringBuilder();
            for (int n = c + 1; n > 0; n = (n - 1) / 26) {
                b.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return b.toString();
        }
    }
}

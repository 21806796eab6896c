package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.testkit.SharedData;

class UkSanctionsListOdsParserTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/uk-sl-ods/FCDO_SL_Mon_Aug_11_2025.ods");

    @TempDir
    Path tmp;

    @Test
    void parse_fixture_oneEntityPerRow() throws IOException {
        ParseRun run = ParseRun.strict(new UkSanctionsListOdsParser(), FIXTURE);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("uk:AFG0006", "uk:DPR0075", "uk:RUS0001",
                "uk:RUS0164", "uk:RUS0737", "uk:RUS1122");
        assertThat(run.problems()).isEmpty();
    }

    @Test
    void parse_fixture_versionFromFileName() throws IOException {
        ParseRun run = ParseRun.strict(new UkSanctionsListOdsParser(), FIXTURE);
        assertThat(run.source()).isEqualTo(new SourceRef("uk-sl", "2025-08-11"));
    }

    @Test
    void parse_russianPerson_mapsAllColumns() throws IOException {
        Entity e = ParseRun.strict(new UkSanctionsListOdsParser(), FIXTURE).get("uk:RUS1122");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.names()).singleElement().satisfies(n -> {
            assertThat(n.value()).isEqualTo("AKIMOV Andrey Igorevich");
            assertThat(n.kind()).isEqualTo(NameKind.PRIMARY);
        });
        assertThat(e.identifiers(IdType.OTHER)).anyMatch(i -> i.value().equals("15071")
                && "OFSI Group ID".equals(i.label()));
        Sanction s = e.sanctions().get(0);
        assertThat(s.authority()).isEqualTo("UK");
        assertThat(s.programs()).containsExactly("Russia");
        assertThat(s.listedOn()).hasToString("2022-04-06");
        assertThat(s.measure()).isEqualTo("Asset freeze, Director Disqualification Sanction, Travel Ban, "
                + "Trust Services Sanctions");
        assertThat(e.remarks()).containsExactly("Designation source: UK");
    }

    @Test
    void parse_shipWithoutGroupId_isVessel() throws IOException {
        Entity e = ParseRun.strict(new UkSanctionsListOdsParser(), FIXTURE).get("uk:DPR0075");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.caption()).isEqualTo("Petrel 8");
        assertThat(e.remarks()).containsExactly("Designation source: UN");
        assertThat(e.identifiers()).noneMatch(i -> "OFSI Group ID".equals(i.label()));
    }

    @Test
    void load_detectsOdsAndLoads() {
        LoadResult r = ListLoader.load(List.of(FIXTURE), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(6);
        assertThat(r.snapshot().sources()).containsExactly(new SourceRef("uk-sl", "2025-08-11"));
    }

    @Test
    void versionFromName_onlyForFcdoPattern() {
        assertThat(UkSanctionsListOdsParser.versionFromName("FCDO_SL_Sun_Nov_02_2025.ods")).isEqualTo("2025-11-02");
        assertThat(UkSanctionsListOdsParser.versionFromName("UK_Sanctions_List.ods")).isNull();
        assertThat(UkSanctionsListOdsParser.versionFromName("FCDO_SL_Mon_Foo_11_2025.ods")).isNull();
    }

    // --- constructed sheets ---

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
            + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
            + "<table:table table:name=\"UK_Sanction_List\">";
    private static final String TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>";

    private static String cell(String text) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
    }

    private static String row(String... texts) {
        StringBuilder b = new StringBuilder("<table:table-row>");
        for (String t : texts) {
            b.append(t.isEmpty() ? "<table:table-cell/>" : cell(t));
        }
        return b.append("<table:table-cell table:number-columns-repeated=\"16376\"/></table:table-row>").toString();
    }

    private static final String HEADER = row("Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type",
            "Designation source", "Date Designated", "Sanctions Imposed");

    private Path ods(String name, String content) throws IOException {
        Path f = tmp.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return f;
    }

    @Test
    void parse_repeatedCellsSpacesAndParagraphs_readAsASpreadsheetShowsThem() throws IOException {
        String odd = "<table:table-row><table:table-cell><text:p>RUS9001</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"1\"><text:p>1</text:p></table:table-cell>"
                + "<table:table-cell><text:p>IVANOV<text:s text:c=\"3\"/>Ivan</text:p><text:p>"
                + "<text:span>Ivanovich</text:span></text:p></table:table-cell>"
                + "<table:table-cell><text:p>Russia</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Individual</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"2\"/>"
                + "<table:table-cell><office:annotation><text:p>note</text:p></office:annotation>"
                + "<text:p>Asset freeze</text:p></table:table-cell><table:covered-table-cell/></table:table-row>";
        Path f = ods("odd.ods", HEAD + HEADER + "<table:table-row table:number-rows-repeated=\"4\">"
                + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>" + odd + TAIL);
        ParseRun run = ParseRun.strict(new UkSanctionsListOdsParser(), f);
        Entity e = run.entities().get(0);
        // the name cell: three spaces and a second paragraph, collapsed by the model to single spaces
        assertThat(e.caption()).isEqualTo("IVANOV Ivan Ivanovich");
        assertThat(e.programs()).containsExactly("Russia");
        assertThat(e.sanctions().get(0).listedOn()).isNull();
        assertThat(e.sanctions().get(0).measure()).isEqualTo("Asset freeze");
        assertThat(run.source()).isEqualTo(new SourceRef("uk-sl", null));
    }

    @Test
    void parse_badDate_namesRowAfterRepeatedRows() throws IOException {
        Path f = ods("bad.ods", HEAD + HEADER + "<table:table-row table:number-rows-repeated=\"3\">"
                + "<table:table-cell table:number-columns-repeated=\"8\"/></table:table-row>"
                + row("RUS0001", "12944", "Kiselyov Dmitry Konstantinovich", "Russia", "Individual", "UK",
                        "31-12-2020", "Asset freeze")
                + row("RUS0002", "1", "X", "Russia", "Individual", "UK", "31-13-2020", "Asset freeze") + TAIL);
        assertThatThrownBy(() -> ParseRun.strict(new UkSanctionsListOdsParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("bad.ods row 6, field Date Designated: bad date '31-13-2020'");
        ParseRun run = ParseRun.lenient(new UkSanctionsListOdsParser(), f);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("uk:RUS0001");
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("row 6"));
    }

    @Test
    void parse_unknownType_rejectsRow() throws IOException {
        Path f = ods("type.ods", HEAD + HEADER + row("X0001", "1", "X", "Russia", "Spaceship", "UK", "", "") + TAIL);
        assertThatThrownBy(() -> ParseRun.strict(new UkSanctionsListOdsParser(), f))
                .hasMessageStartingWith("type.ods row 2, field Type: unknown type 'Spaceship'");
    }

    @Test
    void parse_missingColumn_failsEvenLenient() throws IOException {
        Path f = ods("cols.ods", HEAD + row("Unique ID", "Name", "Type") + TAIL);
        assertThatThrownBy(() -> ParseRun.lenient(new UkSanctionsListOdsParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("cols.ods row 1, field OFSI Group ID: not a UK Sanctions List sheet");
    }

    @Test
    void parse_truncatedContent_failsEvenLenient() throws IOException {
        String whole = HEAD + HEADER + row("RUS0001", "1", "X", "Russia", "Individual", "UK", "", "") + TAIL;
        Path f = ods("cut.ods", whole.substring(0, whole.length() - 120));
        assertThatThrownBy(() -> ParseRun.lenient(new UkSanctionsListOdsParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("cut.ods content.xml")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void parse_externalEntity_isRefused() throws IOException {
        Path f = ods("xxe.ods", "<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>" + HEAD.substring(HEAD.indexOf("<office:document-content"))
                + row("&x;") + TAIL);
        assertThatThrownBy(() -> ParseRun.lenient(new UkSanctionsListOdsParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("xxe.ods content.xml")
                .hasMessageContaining("DTD is not allowed");
    }

    @Test
    void parse_noContentXml_isRefused() throws IOException {
        Path f = tmp.resolve("empty.ods");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.closeEntry();
        }
        assertThatThrownBy(() -> ParseRun.strict(new UkSanctionsListOdsParser(), f))
                .hasMessage("empty.ods: not an OpenDocument spreadsheet: no content.xml");
    }

    // --- the real FCDO export ---

    @Test
    void parse_realFile_countMatchesUniqueIdCells() throws IOException {
        Path f = SharedData.require("lists/uk/FCDO_SL_Mon_Aug_11_2025.ods");
        // Independent count: regex over content.xml for the first cell of each row ("<text:p>ABC0123</text:p>").
        String xml;
        try (ZipFile z = new ZipFile(f.toFile()); InputStream in = z.getInputStream(z.getEntry("content.xml"))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> ids = new HashSet<>();
        Map<String, Integer> types = new HashMap<>();
        int nameless = 0;
        Matcher rows = Pattern.compile("<table:table-row[^>]*>(.*?)</table:table-row>", Pattern.DOTALL).matcher(xml);
        Pattern cellPattern = Pattern.compile("<table:table-cell[^>/]*>(.*?)</table:table-cell>", Pattern.DOTALL);
        while (rows.find()) {
            List<String> cells = cellPattern.matcher(rows.group(1)).results()
                    .map(r -> r.group(1).replaceAll("<[^>]+>", "").strip()).toList();
            if (cells.size() == 8 && cells.get(0).matches("[A-Z]{3}\\d{4}")) {
                ids.add(cells.get(0));
                types.merge(cells.get(4), 1, Integer::sum);
                nameless += cells.get(2).isEmpty() ? 1 : 0;
            }
        }
        assertThat(ids).hasSize(5_302);
        assertThat(nameless).isEqualTo(2);
        assertThat(types).containsEntry("Individual", 3_754).containsEntry("Entity", 1_087).containsEntry("Ship", 461);

        ParseRun run = real(f);
        assertThat(run.entities()).hasSize(ids.size() - nameless);
        assertThat(run.skipped()).isEqualTo(nameless);
        assertThat(run.problems()).extracting(LoadProblem::toString).containsExactly(
                "FCDO_SL_Mon_Aug_11_2025.ods row 649, field Name: designation BEL0174 has no name in this export: skipped",
                "FCDO_SL_Mon_Aug_11_2025.ods row 3524, field Name: designation RUS1467 has no name in this export: skipped");
        assertThat(run.entities().stream().filter(e -> e.schema() == Schema.VESSEL)).hasSize(types.get("Ship"));
        assertThat(run.entities().stream().filter(e -> e.programs().contains("Russia"))).hasSize(2_710 - 1);
        assertThat(run.source()).isEqualTo(new SourceRef("uk-sl", "2025-08-11"));
    }

    @Test
    void parse_realFile_spotChecks() throws IOException {
        Path f = SharedData.require("lists/uk/FCDO_SL_Mon_Aug_11_2025.ods");
        ParseRun run = real(f);
        Entity kiselyov = run.get("uk:RUS0001");
        assertThat(kiselyov.caption()).isEqualTo("Kiselyov Dmitry Konstantinovich");
        assertThat(kiselyov.sanctions().get(0).listedOn()).hasToString("2020-12-31");
        assertThat(run.get("uk:RUS0737").identifiers(IdType.OTHER)).anyMatch(i -> i.value().equals("14688"));
    }

    /** The real file is large: parse it once for all the tests that read it. */
    private static ParseRun real;

    private static synchronized ParseRun real(Path f) throws IOException {
        if (real == null) {
            real = ParseRun.strict(new UkSanctionsListOdsParser(), f);
        }
        return real;
    }
}

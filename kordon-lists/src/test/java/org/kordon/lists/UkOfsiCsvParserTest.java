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
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.SourceRef;

class UkOfsiCsvParserTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/uk-ofsi-csv/ConList.csv");

    @TempDir
    Path tmp;

    @Test
    void parse_fixture_sameEntitiesAsTheXlsxForm() throws IOException {
        ParseRun csv = ParseRun.strict(new UkOfsiCsvParser(), FIXTURE);
        ParseRun xlsx = ParseRun.strict(new UkOfsiXlsxParser(), UkOfsiXlsxParserTest.FIXTURE);
        assertThat(csv.entities()).hasSize(7);
        assertThat(csv.entities()).containsExactlyElementsOf(xlsx.entities());
        assertThat(csv.source()).isEqualTo(new SourceRef("uk-ofsi", "2025-04-10"));
    }

    @Test
    void parse_fixture_shipHasImo() throws IOException {
        Entity ship = ParseRun.strict(new UkOfsiCsvParser(), FIXTURE).get("uk:13651");
        assertThat(ship.identifiers(IdType.IMO)).extracting(i -> i.value()).containsExactly("7408873");
    }

    @Test
    void load_detectsCsvAndLoads() {
        LoadResult r = ListLoader.load(List.of(FIXTURE), LoadOptions.defaults());
        assertThat(r.snapshot().size()).isEqualTo(7);
    }

    private static String line(List<String> cells) {
        List<String> q = new ArrayList<>();
        for (String c : cells) {
            q.add(c.contains(",") || c.contains("\n") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", q) + "\r\n";
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(tmp.resolve(name), String.join("", lines), StandardCharsets.UTF_8);
    }

    @Test
    void parse_badDobAfterMultiLineField_reportsStartLine() throws IOException {
        List<String> multi = new ArrayList<>(UkOfsiXlsxParserTest.row("1", "PETROV", "01/02/1970"));
        multi.set(OfsiConList.COLUMNS.indexOf("Other Information"), "first line\nsecond line");
        Path f = csv("bad.csv", "Last Updated,10/04/2025\r\n", line(UkOfsiXlsxParserTest.header()), line(multi),
                line(UkOfsiXlsxParserTest.row("2", "SIDOROV", "1960-02-31")));
        assertThatThrownBy(() -> ParseRun.strict(new UkOfsiCsvParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("bad.csv line 5, field DOB: bad date '1960-02-31'");
    }

    @Test
    void parse_badDobLenient_skipsRecordAndKeepsOthers() throws IOException {
        Path f = csv("bad.csv", "Last Updated,10/04/2025\r\n", line(UkOfsiXlsxParserTest.header()),
                line(UkOfsiXlsxParserTest.row("1", "PETROV", "01/02/1970")),
                line(UkOfsiXlsxParserTest.row("2", "SIDOROV", "99/99/1960")));
        ParseRun run = ParseRun.lenient(new UkOfsiCsvParser(), f);
        assertThat(run.entities()).extracting(Entity::id).containsExactly("uk:1");
        assertThat(run.problems()).singleElement().hasToString(
                "bad.csv line 4, field DOB: bad date '99/99/1960': month out of range: 99");
    }

    @Test
    void parse_wrongHeader_failsEvenLenient() throws IOException {
        Path f = csv("sdn.csv", "ent_num,SDN_Name,SDN_Type\r\n", "1,X,individual\r\n");
        assertThatThrownBy(() -> ParseRun.lenient(new UkOfsiCsvParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("sdn.csv line 1, field Name 6: not an OFSI ConList header");
    }

    @Test
    void parse_unterminatedQuote_failsWithLine() throws IOException {
        Path f = csv("cut.csv", "Last Updated,10/04/2025\r\n", line(UkOfsiXlsxParserTest.header()),
                line(UkOfsiXlsxParserTest.row("1", "PETROV", "")), "PETROV,\"Ivan,");
        assertThatThrownBy(() -> ParseRun.lenient(new UkOfsiCsvParser(), f))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("cut.csv line 4: malformed CSV");
    }

    @Test
    void parse_withoutPreamble_readsHeaderFirstAndHasNoVersion() throws IOException {
        Path f = csv("nopre.csv", "\uFEFF" + line(UkOfsiXlsxParserTest.header()),
                line(UkOfsiXlsxParserTest.row("1", "PETROV", "")));
        ParseRun run = ParseRun.strict(new UkOfsiCsvParser(), f);
        assertThat(run.entities()).hasSize(1);
        assertThat(run.source()).isEqualTo(new SourceRef("uk-ofsi", null));
    }
}

package org.kordon.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CsvTable}: physical line numbers, structural faults named where the record starts, caps. */
class CsvTableTest {
    @TempDir Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("queries.csv"), text, StandardCharsets.UTF_8);
    }

    /** "line:id" for every record. */
    private List<String> lines(Path f) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvTable in = CsvTable.open(f, List.of("id", "name"))) {
            for (CsvTable.Row r; (r = in.next()) != null; ) {
                out.add(r.line() + ":" + r.get("id"));
            }
        }
        return out;
    }

    private InputFormatException failure(Path f) {
        try {
            lines(f);
        } catch (InputFormatException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no failure");
    }

    @Test
    void next_quotedFieldsWithLineBreaks_giveThePhysicalLineOfEachRecord() throws Exception {
        Path f = file("id,name\nq1,\"Ivan\nPetrov\"\nq2,\"a\r\nb\r\nc\"\nq3,x\n");
        assertThat(lines(f)).containsExactly("2:q1", "4:q2", "7:q3");
    }

    @Test
    void next_blankLines_areNotRecordsAndStillCounted() throws Exception {
        Path f = file("id,name\nq1,a\n\n   \n,\nq2,b\n");
        assertThat(lines(f)).containsExactly("2:q1", "6:q2");
    }

    @Test
    void next_crlfAndBom_countLikeLf() throws Exception {
        Path f = file("\uFEFFid,name\r\nq1,a\r\n\r\nq2,b\r\n");
        assertThat(lines(f)).containsExactly("2:q1", "4:q2");
    }

    @Test
    void open_blankLinesBeforeHeader_areCountedInMessages() throws Exception {
        Path f = file("\n\nid,full_name\nq1,a\n");
        assertThatThrownBy(() -> CsvTable.open(f, List.of("id", "name"))).isInstanceOfSatisfying(InputFormatException.class,
                e -> assertThat(e.getMessage()).startsWith("queries.csv line 3: missing required column 'name'"));
        Path g = file("\n\nid,name\nq1,a\n");
        assertThat(lines(g)).containsExactly("4:q1");
    }

    @Test
    void next_unclosedQuote_failsWithBadInputNamingTheLineWhereTheRecordStarts() throws Exception {
        StringBuilder b = new StringBuilder("id,name\n");
        for (int i = 2; i < 5000; i++) {
            b.append('q').append(i).append(",Name ").append(i).append('\n');
        }
        b.append("q5000,\"Vladimir Putin\nq5001,Ivan\nq5002,Petr\n");
        InputFormatException e = failure(file(b.toString()));
        assertThat(e.getMessage()).startsWith("queries.csv line 5000: a quoted field is never closed (the file ends inside it)");
    }

    @Test
    void next_quoteClosedThenText_failsNamingTheStartLineAndWhereItWasFound() throws Exception {
        InputFormatException e = failure(file("id,name\nq1,a\nq2,\"Ivan\nq3,b\nq4,\"Petr\"ov\nq5,c\n"));
        assertThat(e.getMessage()).startsWith("queries.csv line 3: a quoted field is closed and followed by other characters (on line 5)");
    }

    @Test
    void next_quoteInsideUnquotedValue_isAValueNotAFault() throws Exception {
        Path f = file("id,name\nq1,O\"Brien\nq2,b\n");
        assertThat(lines(f)).containsExactly("2:q1", "3:q2");
    }

    @Test
    void next_notUtf8_failsWithBadInput() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "id,name\nq1,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> {
            try (CsvTable in = CsvTable.open(f, List.of("id"))) {
                while (in.next() != null) {
                    // read all
                }
            }
        }).isInstanceOfSatisfying(InputFormatException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("latin1.csv line 2: not valid UTF-8 (save the file as UTF-8)");
        });
    }

    @Test
    void next_recordLongerThanTheCap_failsBeforeReadingTheRestOfTheFile() throws Exception {
        StringBuilder b = new StringBuilder("id,name\nq1,a\nq2,\"runaway\n");
        String line = "x".repeat(99) + "\n";
        while (b.length() < CsvTable.MAX_RECORD_CHARS * 2) {
            b.append(line);
        }
        InputFormatException e = failure(file(b.toString()));
        assertThat(e.getMessage()).startsWith("queries.csv line 3: the record that starts here is longer than 1,048,576 characters");
    }

    @Test
    void open_headerWithAQuoteClosedMidValue_isMalformedInputNamingLine1() throws Exception {
        // found by ScreenQueriesFuzzTest: commons-csv's CSVException from the header escaped as an I/O error (exit 4)
        Path f = file("id,\"Vladimi\"Vladimit Putink\n");
        assertThatThrownBy(() -> CsvTable.open(f, List.of("id"))).isInstanceOfSatisfying(InputFormatException.class, e -> {
            assertThat(e.getMessage()).startsWith("queries.csv line 1: unreadable header: a quoted field is closed and followed by other characters");
        });
    }

    @Test
    void open_headerWithAnUnclosedQuote_isMalformedInputNamingLine1() throws Exception {
        Path f = file("id,\"name\n");
        assertThatThrownBy(() -> CsvTable.open(f, List.of("id"))).isInstanceOfSatisfying(InputFormatException.class, e -> {
            assertThat(e.getMessage()).startsWith("queries.csv line 1: unreadable header: a quoted field is never closed");
        });
    }

    @Test
    void open_headerWithTooManyColumns_failsNamingTheCap() throws Exception {
        StringBuilder h = new StringBuilder("id,name");
        for (int i = 0; i < CsvTable.MAX_COLUMNS; i++) {
            h.append(",c").append(i);
        }
        Path f = file(h + "\nq1,a\n");
        assertThatThrownBy(() -> CsvTable.open(f, List.of("id"))).isInstanceOfSatisfying(InputFormatException.class,
                e -> assertThat(e.getMessage()).isEqualTo("queries.csv line 1: the header has 1,002 columns, at most 1,000"));
    }

    @Test
    void get_valuePastTheLastColumn_throwsSayingTheValuesAreShifted() throws Exception {
        Path f = file("id,name,country\nq1,Putin, Vladimir,ru\nq2,b,kz,,\n");
        try (CsvTable in = CsvTable.open(f, List.of("id"))) {
            CsvTable.Row shifted = in.next();
            assertThatThrownBy(() -> shifted.get("name")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("has 4 fields but the header has 3 (a value holding a comma must be quoted)");
            CsvTable.Row trailingCommas = in.next();
            assertThat(trailingCommas.get("country")).isEqualTo("kz");
        }
    }

    @Test
    void count_readsTheWholeFile_countsRecordsNotBlankLines() throws Exception {
        assertThat(CsvTable.count(file("id,name\nq1,\"a\nb\"\n\nq2,c\n"), List.of("id"))).isEqualTo(2);
        assertThatThrownBy(() -> CsvTable.count(file("id,name\nq1,\"a\n"), List.of("id"))).isInstanceOf(InputFormatException.class);
    }

    @Test
    void open_missingFile_isAnIoErrorNotAFormatError() {
        assertThatThrownBy(() -> CsvTable.open(dir.resolve("none.csv"), List.of("id"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void open_withMetadata_readsKeyValueCommentsBeforeTheHeaderAndCountsTheirLines() throws Exception {
        Path f = Files.writeString(dir.resolve("ref.csv"), "# list: CHP\n# some prose: with a colon\n# list: second\n#\nhs6,name\n"
                + "847150,a\n", StandardCharsets.UTF_8);
        try (CsvTable in = CsvTable.open("ref.csv", () -> Files.newInputStream(f), List.of("hs6"), true)) {
            assertThat(in.metadata()).containsEntry("list", "CHP").doesNotContainKey("some prose");
            CsvTable.Row r = in.next();
            assertThat(r.line()).isEqualTo(6);
            assertThat(r.get("hs6")).isEqualTo("847150");
        }
    }

    @Test
    void open_withoutMetadata_aCommentLineIsTheHeader() throws Exception {
        Path f = file("# list: CHP\nid,name\n");
        assertThatThrownBy(() -> CsvTable.open(f, List.of("id"))).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("queries.csv line 1: missing required column 'id'");
    }

    @Test
    void unreadColumns_namesEachColumnTheCallerDoesNotRead() throws Exception {
        try (CsvTable in = CsvTable.open(file("id,name,birthdate\nq1,a,1952\n"), List.of("id"))) {
            assertThat(in.unreadColumns(List.of("id", "name", "birth_date")))
                    .contains("queries.csv line 1: column 'birthdate' is not read (read: id, name, birth_date)");
            assertThat(in.unreadColumns(List.of("id", "name", "birthdate"))).isEmpty();
        }
    }

    @Test
    void rowError_namesFileLineAndField() throws Exception {
        try (CsvTable in = CsvTable.open(file("id,name\n\nq1,a\n"), List.of("id"))) {
            assertThat(in.next().error("name", "too short")).isInstanceOf(InputFormatException.class)
                    .hasMessage("queries.csv line 3, field name: too short")
                    .satisfies(e -> assertThat(e.field()).isEqualTo("name"));
        }
    }

    @Test
    void open_replacingBadBytes_readsTheRowWithAReplacementCharacter() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "id,name\nq1,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        try (CsvTable in = CsvTable.open("latin1.csv", () -> Files.newInputStream(f), List.of("id"), false, CsvTable.Utf8.REPLACE)) {
            assertThat(in.next().get("name")).isEqualTo("M\uFFFDller");
        }
    }

    @Test
    void open_fromAReader_skipsTheBomAndCountsLines() throws Exception {
        try (CsvTable in = CsvTable.open("caps.csv", new java.io.StringReader("\uFEFF# note\nid,name\n\nq1,a\n"), List.of("id"), true)) {
            assertThat(in.headerLine()).isEqualTo(2);
            CsvTable.Row r = in.next();
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.size()).isEqualTo(2);
            assertThat(r.value(1)).isEqualTo("a");
        }
    }

    @Test
    void requireAligned_shiftedRecord_throwsAsGetDoes() throws Exception {
        try (CsvTable in = CsvTable.open(file("id,name\nq1,a,b\n"), List.of("id"))) {
            CsvTable.Row r = in.next();
            assertThatThrownBy(r::requireAligned).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("has 3 fields but the header has 2 (a value holding a comma must be quoted)");
        }
    }
}

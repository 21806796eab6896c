package org.kordon.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CsvTable} over any text made of the characters that matter to CSV: it hands out records whose lines
 * increase and lie in the file, or fails with {@link InputFormatException} naming a line in the file; never anything
 * else, and a record's values never hold a line break unless the record spans that many lines.
 */
class CsvTablePropertyTest {
    @Provide
    Arbitrary<String> csvText() {
        return Arbitraries.strings().withChars('a', 'b', ',', '"', '\n', '\r', ' ').ofMaxLength(200);
    }

    @Property(tries = 1000)
    void anyText_recordsWithIncreasingLinesInTheFile_orBadInputNamingALine(@ForAll("csvText") String body) throws IOException {
        Path f = Files.createTempFile("prop", ".csv");
        try {
            Files.writeString(f, "id,name\n" + body, StandardCharsets.UTF_8);
            // a line ends at \r\n, \n or a lone \r, as editors and the parser count them
            long physicalLines = ("id,name\n" + body).replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
            List<Long> lines = new ArrayList<>();
            try (CsvTable in = CsvTable.open(f, List.of("id", "name"))) {
                for (CsvTable.Row r; (r = in.next()) != null; ) {
                    lines.add(r.line());
                    try {
                        r.get("name");
                    } catch (IllegalArgumentException e) {
                        assertThat(e).hasMessageContaining("fields but the header has 2");
                    }
                }
            } catch (InputFormatException e) {
                assertThat(e.getMessage()).matches("prop\\d*\\.csv line \\d+: .*");
                long line = Long.parseLong(e.getMessage().replaceAll("^\\S+ line (\\d+): .*$", "$1"));
                assertThat(line).isBetween(2L, physicalLines + 1);
            }
            assertThat(lines).isSorted().doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).isBetween(2L, physicalLines));
        } finally {
            Files.deleteIfExists(f);
        }
    }
}

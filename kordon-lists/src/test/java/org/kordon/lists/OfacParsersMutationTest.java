package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated fixtures (fixed seeds, so a failure replays): a parser either loads or throws {@link ListFormatException},
 * never anything else.
 */
class OfacParsersMutationTest {
    private static final int ROUNDS = 250;
    private static final byte[] INTERESTING = "\",;'\r\n\u001a<>&/]=[0 9A-é".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @TempDir
    Path tmp;

    private static byte[] fixture(String path) throws IOException, URISyntaxException {
        return Files.readAllBytes(Path.of(OfacParsersMutationTest.class.getResource("/fixtures/" + path).toURI()));
    }

    private static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b = Arrays.copyOf(b, at);
                case 1 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(40));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
                case 2 -> b[at] = INTERESTING[r.nextInt(INTERESTING.length)];
                default -> b[at] = (byte) r.nextInt(256);
            }
            if (b.length == 0) {
                break;
            }
        }
        return b;
    }

    private void assertOnlyListFormatException(ListParser parser, Path file, boolean lenient, long seed) throws IOException {
        try {
            parser.parse(new ParseContext(file, lenient, e -> assertThat(e.names()).isNotEmpty()));
        } catch (ListFormatException e) {
            assertThat(e.getMessage()).as("seed %d", seed).startsWith(e.file());
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ": " + file.getFileName() + " threw " + e, e);
        }
    }

    @Test
    void parse_mutatedSdnCsv_throwsOnlyListFormatException() throws Exception {
        byte[] sdn = fixture("ofac-csv/sdn.csv");
        byte[] alt = fixture("ofac-csv/alt.csv");
        for (long seed = 1; seed <= ROUNDS; seed++) {
            Random r = new Random(seed);
            Path dir = Files.createDirectories(tmp.resolve("csv" + seed));
            Files.write(dir.resolve("sdn.csv"), mutate(sdn, r));
            Files.write(dir.resolve("alt.csv"), seed % 2 == 0 ? mutate(alt, r) : alt);
            assertOnlyListFormatException(new OfacCsvParser(), dir.resolve("sdn.csv"), seed % 3 == 0, seed);
        }
    }

    @Test
    void parse_mutatedEnhancedXml_throwsOnlyListFormatException() throws Exception {
        byte[] xml = fixture("ofac-xml/CONS_ENHANCED.XML");
        for (long seed = 1; seed <= ROUNDS; seed++) {
            Path f = tmp.resolve("x" + seed + ".xml");
            Files.write(f, mutate(xml, new Random(seed)));
            assertOnlyListFormatException(new OfacXmlParser(), f, seed % 2 == 0, seed);
        }
    }

    @Test
    void parse_mutatedZip_throwsOnlyListFormatExceptionOrIo() throws Exception {
        byte[] zip = fixture("ofac-xml/CONS_ENHANCED.ZIP");
        for (long seed = 1; seed <= ROUNDS / 5; seed++) {
            Path f = tmp.resolve("z" + seed + ".zip");
            Files.write(f, mutate(zip, new Random(seed)));
            try {
                assertOnlyListFormatException(new OfacXmlParser(), f, true, seed);
            } catch (IOException e) {
                // a corrupt ZIP may fail as an IOException (ZipException): allowed by the ListParser contract
            }
        }
    }
}

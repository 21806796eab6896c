package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation tests with fixed seeds: each parser, fed a truncated or byte-damaged copy of its fixture, either
 * returns or throws {@link ListFormatException} / {@link java.io.IOException}, never anything else.
 */
class ParserRobustnessTest {
    private static final int CASES = 80;

    @TempDir
    Path tmp;

    @Test
    void ofsiCsv_damagedInput_onlyListFormatException() throws IOException {
        check(UkOfsiCsvParser::new, "ConList.csv", text(UkOfsiCsvParserTest.FIXTURE), null, 11);
    }

    @Test
    void ftmJson_damagedInput_onlyListFormatException() throws IOException {
        check(FtmJsonParser::new, "entities.ftm.json", text(FtmJsonParserTest.FIXTURE), null, 12);
    }

    @Test
    void senzingJson_damagedInput_onlyListFormatException() throws IOException {
        check(SenzingJsonParser::new, "senzing.json", text(SenzingJsonParserTest.FIXTURE), null, 13);
    }

    @Test
    void ofsiXlsx_damagedSheet_onlyListFormatException() throws IOException {
        check(UkOfsiXlsxParser::new, "ConList.xlsx", entry(UkOfsiXlsxParserTest.FIXTURE, "xl/worksheets/sheet1.xml"),
                UkOfsiXlsxParserTest.FIXTURE, 14);
    }

    @Test
    void ofsiXlsx_damagedSharedStrings_onlyListFormatException() throws IOException {
        check(UkOfsiXlsxParser::new, "ConList.xlsx", entry(UkOfsiXlsxParserTest.FIXTURE, "xl/sharedStrings.xml"),
                UkOfsiXlsxParserTest.FIXTURE, 15);
    }

    @Test
    void ukSlOds_damagedContent_onlyListFormatException() throws IOException {
        check(UkSanctionsListOdsParser::new, "FCDO_SL_Mon_Aug_11_2025.ods",
                entry(UkSanctionsListOdsParserTest.FIXTURE, "content.xml"), UkSanctionsListOdsParserTest.FIXTURE, 16);
    }

    private record Part(String name, byte[] bytes) {
    }

    private static Part text(Path f) throws IOException {
        return new Part(null, Files.readAllBytes(f));
    }

    private static Part entry(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(name))) {
            return new Part(name, in.readAllBytes());
        }
    }

    private void check(Supplier<ListParser> parser, String fileName, Part part, Path zip, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            byte[] damaged = damage(part.bytes(), rnd);
            Path dir = Files.createDirectories(tmp.resolve("case" + i));
            Path f = dir.resolve(fileName);
            if (zip == null) {
                Files.write(f, damaged);
            } else {
                rezip(zip, part.name(), damaged, f);
            }
            for (boolean lenient : new boolean[] {false, true}) {
                try {
                    if (lenient) {
                        ParseRun.lenient(parser.get(), f);
                    } else {
                        ParseRun.strict(parser.get(), f);
                    }
                } catch (ListFormatException | java.io.UncheckedIOException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                } catch (RuntimeException | StackOverflowError e) {
                    unexpected.add("case " + i + (lenient ? " lenient: " : " strict: ") + e);
                }
            }
        }
        assertThat(unexpected).isEmpty();
    }

    /** Truncates, overwrites a few bytes, or splices in characters that matter to the format. */
    private static byte[] damage(byte[] in, Random rnd) {
        int kind = rnd.nextInt(3);
        if (kind == 0) {
            return java.util.Arrays.copyOf(in, rnd.nextInt(in.length));
        }
        byte[] out = in.clone();
        String specials = "<>&\"',\n{}[]:/0";
        for (int n = 1 + rnd.nextInt(6); n > 0; n--) {
            int at = rnd.nextInt(out.length);
            out[at] = kind == 1 ? (byte) rnd.nextInt(256) : (byte) specials.charAt(rnd.nextInt(specials.length()));
        }
        return out;
    }

    private static void rezip(Path original, String name, byte[] content, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile z = new ZipFile(original.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    out.write(content);
                } else {
                    try (InputStream in = z.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.write(target, bytes.toByteArray());
    }
}

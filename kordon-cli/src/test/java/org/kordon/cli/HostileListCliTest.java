package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.testkit.ZipBomb;

/**
 * The bombs of issue 17 fed to the real CLI in a child JVM with a small heap: each ends in exit 3 and one line on
 * stderr naming the file and the limit, never an OutOfMemoryError or a stack trace. And the last resort: when the
 * heap does run out (a legitimate input too large for it), exit 7 and a line that says how to give Java more.
 */
@Timeout(300)
class HostileListCliTest {
    private static final byte[] MIB_OF_A = ZipBomb.fill(1 << 20, 'A');
    private static final String OFAC_HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?><sanctionsData xmlns="
            + "\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML\">"
            + "<publicationInfo><dataAsOf>2025-01-10T00:00:00</dataAsOf></publicationInfo><entities>"
            + "<entity id=\"1\"><generalInfo><entityType>Entity</entityType></generalInfo><names><name>"
            + "<translations><translation><formattedFullName>";
    private static final String OFAC_TAIL = "</formattedFullName></translation></translations></name></names>"
            + "</entity></entities></sanctionsData>";

    @TempDir
    Path tmp;

    /** What a child {@code kordon} printed and returned. */
    record Child(int code, String out, String err) {
    }

    /** Runs {@code kordon args} in a new JVM with {@code -Xmx<heap>} and this test's class path. */
    private Child kordon(String heap, String... args) throws IOException, InterruptedException {
        return kordonWith(List.of("-Xmx" + heap), args);
    }

    /** Runs {@code kordon args} in a new JVM with the given JVM options and this test's class path. */
    private Child kordonWith(List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kordon " + String.join(" ", args) + " did not finish in 240 s");
        }
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void assertRefused(Child c, String file, String limit) {
        assertThat(c.code()).as(c.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(c.err().strip().lines()).as(c.err()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("kordon: " + file).contains("Kordon limit '" + limit + "'")
                .contains("(a size limit of Kordon's, far above every real list: see docs/reliability/bounds-and-fuzzing.md;")
                .endsWith("raise it with KORDON_JAVA_OPTS='-Xmx4g -Dkordon.limit." + limit + "=N')"));
    }

    @Test
    void listsStats_ofacZipExpandingTo1_5GiB_exits3In256MiBHeap() throws Exception {
        Path f = ZipBomb.write(tmp.resolve("CONS_ENHANCED.ZIP"), List.of(
                new ZipBomb.Part("CONS_ENHANCED.XML", OFAC_HEAD, MIB_OF_A, 1536, OFAC_TAIL)));
        assertRefused(kordon("256m", "lists", "stats", f.toString()), "CONS_ENHANCED.ZIP", "document-bytes");
    }

    @Test
    void listsStats_ofacZipExpandingTo1_5GiBUnderAFalseSize_exits3In256MiBHeap() throws Exception {
        Path f = ZipBomb.write(tmp.resolve("CONS_ENHANCED.ZIP"), List.of(
                new ZipBomb.Part("CONS_ENHANCED.XML", OFAC_HEAD, MIB_OF_A, 1536, OFAC_TAIL).declaring(3_420_879)));
        assertRefused(kordon("256m", "lists", "stats", f.toString()), "CONS_ENHANCED.ZIP", "xml-event-bytes");
    }

    @Test
    void listsStats_odsExpandingTo1_5GiBUnderAFalseSize_exits3In256MiBHeap() throws Exception {
        String head = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"UK_Sanction_List\"><table:table-row><table:table-cell><text:p>";
        Path f = ZipBomb.write(tmp.resolve("FCDO_SL_Mon_Aug_11_2025.ods"), List.of(new ZipBomb.Part("content.xml", head,
                MIB_OF_A, 1536, "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>"
                        + "</office:body></office:document-content>").declaring(7_387_038)));
        assertRefused(kordon("256m", "lists", "stats", f.toString()), "FCDO_SL_Mon_Aug_11_2025.ods", "xml-event-bytes");
    }

    @Test
    void listsStats_xlsxWithRowsReachingXfd_exits3AtOnce() throws Exception {
        StringBuilder rows = new StringBuilder("<worksheet><sheetData>");
        for (int r = 1; r < 20_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>x</t>"
                    + "</is></c><c r=\"XFD").append(r).append("\" t=\"inlineStr\"><is><t>y</t></is></c></row>");
        }
        Path f = ZipBomb.write(tmp.resolve("ConList.xlsx"), List.of(ZipBomb.Part.of("xl/worksheets/sheet1.xml",
                rows + "</sheetData></worksheet>")));
        long start = System.nanoTime();
        Child c = kordon("256m", "lists", "stats", f.toString());
        assertRefused(c, "ConList.xlsx", "columns");
        assertThat(c.err()).contains("cell XFD1 is in column 16384");
        assertThat(System.nanoTime() - start).as("nanoseconds, JVM start included").isLessThan(60_000_000_000L);
    }

    @Test
    void listsStats_heapTooSmallForALegitimateList_exits7WithAHintNotAStackTrace() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("ofac"));
        try (Writer w = Files.newBufferedWriter(dir.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            for (int i = 1; i <= 400_000; i++) {
                w.write(i + ",\"PERSON NUMBER " + i + "\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                        + "\"DOB 01 Jan 1960; nationality Russia.\"\r\n");
            }
            w.write("\u001a");
        }
        Child c = kordon("48m", "lists", "stats", dir.resolve("sdn.csv").toString());
        assertThat(c.code()).as(c.err()).isEqualTo(ExitCode.OUT_OF_MEMORY);
        assertThat(c.err()).startsWith("kordon: out of memory").contains("KORDON_JAVA_OPTS=-Xmx8g").doesNotContain("\tat ");
    }

    @Test
    void listsStats_capSetBySystemProperty_isTheCapApplied() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("ofac3"));
        try (Writer w = Files.newBufferedWriter(dir.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            for (int i = 1; i <= 3; i++) {
                w.write(i + ",\"PERSON NUMBER " + i + "\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
            }
            w.write("\u001a");
        }
        assertThat(kordonWith(List.of("-Xmx256m"), "lists", "stats", dir.resolve("sdn.csv").toString()).code()).isZero();

        Child lowered = kordonWith(List.of("-Xmx256m", "-Dkordon.limit.entities=2"), "lists", "stats",
                dir.resolve("sdn.csv").toString());

        assertRefused(lowered, "sdn.csv", "entities");
        assertThat(lowered.err()).contains("the limit of 2 entities per file");
    }
}

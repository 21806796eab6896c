package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kordon scan} as a user runs it, against the bundled sample of real list entries. */
class ScanCommandTest {
    @TempDir static Path tmp;
    static Path sample;
    static Path news;

    @BeforeAll
    static void setUp() throws Exception {
        sample = ListOptions.BundledSample.extract();
        news = tmp.resolve("news.txt");
        Files.writeString(news, """
                Russian President Vladimir Putin met Sberbank executives on Tuesday.
                The journalist Catherine Belton asked about the tanker Linda (IMO 9256858).
                По словам Путина, всё в порядке.
                """, StandardCharsets.UTF_8);
    }

    @Test
    void scan_listThenFile_printsTableOfMentionsWithStatusIdAndProgrammes() {
        KordonRun r = KordonRun.of("scan", "--list", sample.toString(), news.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("file").contains("offsets", "mention", "status", "entity id", "caption", "score", "programmes");
        assertThat(r.out()).containsPattern("news\\.txt +18-32 +Vladimir Putin +listed +ofac-sdn:35096 +PUTIN, Vladimir Vladimirovich +1\\.00 +OFAC RUSSIA-EO14024");
        assertThat(r.out()).containsPattern("Catherine Belton +not listed");
        assertThat(r.out()).containsPattern("Linda +listed +ofac-sdn:34941");
        assertThat(r.out()).containsPattern("IMO 9256858 +listed +ofac-sdn:34941");
        assertThat(r.out()).containsPattern("Путина +listed +ofac-sdn:35096");
        assertThat(r.err()).contains("scanned 1 file(s)");
    }

    @Test
    void scan_json_givesOffsetsStatusAndListings() throws Exception {
        KordonRun r = KordonRun.of("scan", "--list", sample.toString(), "--json", news.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertThat(file.get("format").asText()).isEqualTo("text");
        JsonNode first = file.get("mentions").get(0);
        assertThat(first.get("start").asInt()).isEqualTo(18);
        assertThat(first.get("end").asInt()).isEqualTo(32);
        assertThat(first.get("text").asText()).isEqualTo("Vladimir Putin");
        assertThat(first.get("status").asText()).isEqualTo("listed");
        assertThat(first.get("listings").get(0).get("entity_id").asText()).isEqualTo("ofac-sdn:35096");
        assertThat(first.get("listings").get(0).get("programs").get(0).asText()).isEqualTo("RUSSIA-EO14024");
        // the party is the resolved entity: every listing of the mention is one of its listings
        String party = first.get("listings").get(0).get("resolved_id").asText();
        assertThat(party).startsWith("ke:");
        assertThat(first.get("listings")).allSatisfy(l -> assertThat(l.get("resolved_id").asText()).isEqualTo(party));
        assertThat(r.out()).contains("\"status\" : \"not listed\"");
    }

    @Test
    void scan_htmlFile_offsetsReferToTheExtractedText() throws Exception {
        Path page = tmp.resolve("page.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><script>var s='Sergei Lavrov';</script></head>"
                + "<body><h1>Talks</h1><p>Vladimir <b>Putin</b> spoke.</p></body></html>", StandardCharsets.UTF_8);
        KordonRun r = KordonRun.of("scan", "--list", sample.toString(), "--json", page.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertThat(file.get("format").asText()).isEqualTo("html");
        assertThat(file.get("mentions")).hasSize(1);
        assertThat(file.get("mentions").get(0).get("start").asInt()).isEqualTo("Talks\n\n".length());
    }

    @Test
    void scan_missingFile_failsAtOnceNamingIt() {
        KordonRun r = KordonRun.of("scan", "--list", sample.toString(), tmp.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("cannot read").contains("nope.txt: no such file");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void scan_notUtf8File_isSkippedWithFileAndLine_andExitsBadInput() throws Exception {
        Path bad = tmp.resolve("latin1.txt");
        Files.write(bad, "ok\nMontr\u00e9al".getBytes(StandardCharsets.ISO_8859_1));
        KordonRun r = KordonRun.of("scan", "--list", sample.toString(), bad.toString(), news.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("latin1.txt line 2: not UTF-8").contains("file skipped");
        assertThat(r.out()).contains("Vladimir Putin");
    }

    @Test
    void scan_fileOverTheCap_isRefusedNamingIt() throws Exception {
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, "Putin ".repeat(200_000));
        KordonRun r = KordonRun.of("scan", "--list", sample.toString(), "--max-mb", "1", big.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("big.txt: 1200000 bytes, over the cap of 1048576 bytes");
    }

    @Test
    void scan_withoutFile_isAUsageError() {
        KordonRun r = KordonRun.of("scan", "--list", sample.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("FILE");
    }
}

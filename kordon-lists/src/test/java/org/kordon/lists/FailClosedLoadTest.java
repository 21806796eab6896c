package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kordon.model.SourceRef;
import org.kordon.testkit.SharedData;

/**
 * A load either gives lists Kordon can screen against or refuses them: never an empty source (lenient mode
 * included), never a truncated file, never an old version folder of a data directory by mistake.
 */
class FailClosedLoadTest {
    @TempDir
    Path tmp;

    private static Path fixture(String path) throws URISyntaxException {
        return Path.of(FailClosedLoadTest.class.getResource("/fixtures/" + path).toURI());
    }

    private static byte[] bytes(String path) throws IOException, URISyntaxException {
        return Files.readAllBytes(fixture(path));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path f = tmp.resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, content);
        return f;
    }

    /** The fixture OFAC set copied into {@code dir}, with sdn.csv replaced by {@code sdn}. */
    private Path ofacSet(String dir, byte[] sdn) throws Exception {
        for (String n : List.of("alt.csv", "add.csv", "sdn_comments.csv")) {
            write(dir + "/" + n, bytes("ofac-csv/" + n));
        }
        return write(dir + "/sdn.csv", sdn);
    }

    /** {@code content} up to the end of its {@code lines}-th CRLF line: a download cut at a line boundary. */
    private static byte[] firstLines(byte[] content, int lines) {
        int seen = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' && ++seen == lines) {
                return Arrays.copyOf(content, i + 1);
            }
        }
        throw new IllegalArgumentException("fewer than " + lines + " lines");
    }

    private static byte[] withMarker(byte[] content) {
        byte[] out = Arrays.copyOf(content, content.length + 1);
        out[content.length] = 0x1a;
        return out;
    }

    // ------------------------------------------------------------------ never 0

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void load_unXmlWithNoRecords_refusedNamingFileFormatAndCount(boolean lenient) throws IOException {
        Path f = write("UN_consolidated.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>
                """.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ListLoader.load(List.of(f), new LoadOptions(null, lenient)))
                .isInstanceOf(UntrustedListException.class)
                .hasMessage(f + " (un-xml) has 0 entities: a sanctions list is never empty")
                .extracting(e -> ((UntrustedListException) e).source()).isEqualTo(f.toString());
    }

    @Test
    void load_euCsvWithOnlyItsHeader_refused() throws Exception {
        String header = Files.readAllLines(fixture("eu-csv/32014R0269.csv")).get(0);
        Path f = write("32014R0269.csv", (header + "\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ListLoader.load(List.of(f), LoadOptions.lenientDefaults()))
                .isInstanceOf(UntrustedListException.class)
                .hasMessageContaining("32014R0269.csv (eu-csv) has 0 entities");
    }

    @Test
    void load_lenientEveryRecordMalformed_refusedInsteadOfEmpty() throws IOException {
        Path f = write("sdn.csv", ("x1,\"A\",\"individual\",\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "x2,\"B\",\"individual\",\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ListLoader.load(List.of(f), LoadOptions.lenientDefaults()))
                .isInstanceOf(UntrustedListException.class)
                .hasMessage(f + " (ofac-csv) has 0 entities (2 records skipped as malformed): a sanctions list is never empty");
    }

    @Test
    void load_oneEmptySourceAmongGoodOnes_refusesTheWholeLoad() throws Exception {
        Path good = fixture("un-xml/UN_consolidated_small.xml");
        Path empty = write("empty/entities.ftm.json", "{\"id\": \"x\", \"schema\": \"Address\", \"properties\": {}}\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ListLoader.load(List.of(good, empty), LoadOptions.defaults()))
                .isInstanceOf(UntrustedListException.class)
                .hasMessageContaining("entities.ftm.json (ftm-json) has 0 entities");
    }

    @Test
    void load_goodFiles_reportEachFileWithItsCount() throws Exception {
        LoadResult r = ListLoader.load(List.of(fixture("ofac-csv/sdn.csv"), fixture("un-xml/UN_consolidated_small.xml")),
                LoadOptions.defaults());

        assertThat(r.files()).extracting(LoadedFile::format, f -> f.source().list(), LoadedFile::entities)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ListFormat.OFAC_CSV, "ofac-sdn", 7),
                        org.assertj.core.groups.Tuple.tuple(ListFormat.UN_XML, "un", 6));
        assertThat(r.files().get(0).file()).isEqualTo(fixture("ofac-csv/sdn.csv").toRealPath());
        assertThat(r.counts().counts()).containsEntry("ofac-sdn", 7).containsEntry("un", 6);
    }

    // ------------------------------------------------------------------ OFAC end marker

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void load_realSdnCsvCutAtLineBoundary_refusedAsTruncated(boolean lenient) throws Exception {
        Path real = SharedData.require("lists/ofac/sdn.csv");
        Path cut = write("cut/sdn.csv", firstLines(Files.readAllBytes(real), 7_000));

        assertThatThrownBy(() -> ListLoader.load(List.of(cut), new LoadOptions(null, lenient)))
                .isInstanceOf(UntrustedListException.class)
                .hasMessage(cut + ": no OFAC end marker (0x1A): the file is truncated");
    }

    @Test
    void load_altCsvCutAtLineBoundary_refusedNamingAltCsv() throws Exception {
        Path sdn = ofacSet("set", bytes("ofac-csv/sdn.csv"));
        Path alt = write("set/alt.csv", firstLines(bytes("ofac-csv/alt.csv"), 3));

        assertThatThrownBy(() -> ListLoader.load(List.of(sdn), LoadOptions.lenientDefaults()))
                .isInstanceOf(UntrustedListException.class)
                .hasMessage(alt.toAbsolutePath() + ": no OFAC end marker (0x1A): the file is truncated");
    }

    @Test
    void load_markerFollowedByANewline_accepted() throws Exception {
        byte[] sdn = bytes("ofac-csv/sdn.csv");
        byte[] withNewline = Arrays.copyOf(sdn, sdn.length + 2);
        withNewline[sdn.length] = '\r';
        withNewline[sdn.length + 1] = '\n';

        assertThat(ListLoader.load(List.of(ofacSet("nl", withNewline)), LoadOptions.defaults()).snapshot().size()).isEqualTo(7);
    }

    @Test
    void load_sdnCommentsWithoutMarker_acceptedAsOfacPublishedIt() throws Exception {
        // OFAC's sdn_comments.csv of July 2021 (the bench-2021 copy) ends with CRLF and no 0x1A
        Path sdn = ofacSet("comments", bytes("ofac-csv/sdn.csv"));
        byte[] comments = bytes("ofac-csv/sdn_comments.csv");
        write("comments/sdn_comments.csv", Arrays.copyOf(comments, comments.length - 1));

        assertThat(ListLoader.load(List.of(sdn), LoadOptions.defaults()).snapshot().size()).isEqualTo(7);
    }

    @Test
    void load_realBench2021Set_loadsWithItsMarkers() {
        Path sdn = SharedData.require("lists/ofac/bench-2021/sdn.csv");

        assertThat(ListLoader.load(List.of(sdn), LoadOptions.defaults()).snapshot().size()).isEqualTo(8_976);
    }

    @Test
    void load_cutFileWithMarkerAddedBack_loadsFewerEntities_whichOnlyTheShrinkGuardCatches() throws Exception {
        Path sdn = ofacSet("fewer", withMarker(firstLines(bytes("ofac-csv/sdn.csv"), 3)));

        LoadResult r = ListLoader.load(List.of(sdn), LoadOptions.defaults());

        assertThat(r.snapshot().size()).isEqualTo(3);
        assertThat(ShrinkGuard.defaults().check(SourceCounts.of("ofac-sdn", 7), r.counts())).singleElement()
                .hasToString("ofac-sdn lost 57.1% of its entities (7 -> 3; at most 10% allowed)");
    }

    // ------------------------------------------------------------------ XML cut mid-file

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void load_unXmlCutMidFile_fails(boolean lenient) throws Exception {
        byte[] xml = bytes("un-xml/UN_consolidated_small.xml");
        Path f = write("un/UN_consolidated.xml", Arrays.copyOf(xml, xml.length * 2 / 3));

        assertThatThrownBy(() -> ListLoader.load(List.of(f), new LoadOptions(null, lenient)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("UN_consolidated.xml")
                .hasMessageContaining("XML");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void load_ofacEnhancedXmlCutMidFile_fails(boolean lenient) throws Exception {
        byte[] xml = bytes("ofac-xml/CONS_ENHANCED.XML");
        Path f = write("ofac/CONS_ENHANCED.XML", Arrays.copyOf(xml, xml.length / 2));

        assertThatThrownBy(() -> ListLoader.load(List.of(f), new LoadOptions(null, lenient)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("CONS_ENHANCED.XML")
                .hasMessageContaining("malformed or refused XML");
    }

    @Test
    void load_realUnXmlCutAtARecordBoundary_fails() throws Exception {
        byte[] xml = Files.readAllBytes(SharedData.require("lists/un/UN_consolidated.xml"));
        String text = new String(xml, StandardCharsets.UTF_8);
        int cut = text.indexOf("</INDIVIDUAL>", text.length() / 2) + "</INDIVIDUAL>".length();
        Path f = write("un-real/UN_consolidated.xml", text.substring(0, cut).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ListLoader.load(List.of(f), LoadOptions.lenientDefaults()))
                .isInstanceOf(ListFormatException.class);
    }

    // ------------------------------------------------------------------ version folders of a data directory

    /** {@code <data>/un/} with two version folders, {@code current} pointing at the second. */
    private Path dataDirWithTwoVersions() throws Exception {
        Path home = tmp.resolve("data/un");
        write("data/un/20260101000000-aaaaaaaaaaaa/UN_consolidated.xml", bytes("update/un-v1.xml"));
        write("data/un/20260201000000-bbbbbbbbbbbb/UN_consolidated.xml", bytes("update/un-v2.xml"));
        Files.createSymbolicLink(home.resolve("current"), Path.of("20260201000000-bbbbbbbbbbbb"));
        return home;
    }

    @Test
    void load_olderVersionFolder_refusedNamingCurrent() throws Exception {
        Path home = dataDirWithTwoVersions();
        Path old = home.resolve("20260101000000-aaaaaaaaaaaa");

        assertThatThrownBy(() -> ListLoader.load(List.of(old), LoadOptions.defaults()))
                .isInstanceOf(UntrustedListException.class)
                .hasMessage(old + " is not the current version of un in the data directory " + home.getParent()
                        + " (current is 20260201000000-bbbbbbbbbbbb); point --list at " + home
                        + " for the current version, or add --force to screen against this one");
    }

    @Test
    void load_fileInOlderVersionFolder_refused() throws Exception {
        Path f = dataDirWithTwoVersions().resolve("20260101000000-aaaaaaaaaaaa/UN_consolidated.xml");

        assertThatThrownBy(() -> ListLoader.load(List.of(f), LoadOptions.lenientDefaults()))
                .isInstanceOf(UntrustedListException.class)
                .hasMessageContaining("is not the current version of un");
    }

    @Test
    void load_olderVersionFolderAllowed_loadsAndSaysSo() throws Exception {
        Path old = dataDirWithTwoVersions().resolve("20260101000000-aaaaaaaaaaaa");

        LoadResult r = ListLoader.load(List.of(old), LoadOptions.defaults().withOldVersions(true));

        assertThat(r.snapshot().size()).isEqualTo(3);
        assertThat(r.problems()).singleElement().asString().contains("is not the current version of un")
                .endsWith("loaded anyway, as asked");
    }

    @Test
    void load_sourceFolderCurrentLinkOrItsTarget_accepted() throws Exception {
        Path home = dataDirWithTwoVersions();

        assertThat(ListLoader.load(List.of(home), LoadOptions.defaults()).snapshot().size()).isEqualTo(4);
        assertThat(ListLoader.load(List.of(home.resolve("current")), LoadOptions.defaults()).snapshot().size()).isEqualTo(4);
        assertThat(ListLoader.load(List.of(home.resolve("20260201000000-bbbbbbbbbbbb/UN_consolidated.xml")),
                LoadOptions.defaults()).problems()).isEmpty();
    }

    @Test
    void load_filesInForce_carryTheirRealPathThroughCurrent() throws Exception {
        Path home = dataDirWithTwoVersions();

        LoadResult r = ListLoader.load(List.of(home), LoadOptions.defaults());

        assertThat(r.files()).singleElement().extracting(LoadedFile::file)
                .isEqualTo(home.resolve("20260201000000-bbbbbbbbbbbb/UN_consolidated.xml").toRealPath());
        assertThat(r.files().get(0).source()).isEqualTo(new SourceRef("un", "2026-03-01T00:00:00.000Z"));
    }
}

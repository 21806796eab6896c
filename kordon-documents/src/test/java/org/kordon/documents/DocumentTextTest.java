package org.kordon.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTextTest {
    @TempDir Path tmp;

    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void read_plainUtf8_isTheTextAsItIs() throws IOException {
        Path f = tmp.resolve("news.txt");
        Files.writeString(f, "\uFEFFВладимир Путин", StandardCharsets.UTF_8);
        DocumentText d = DocumentText.read(f);
        assertThat(d.format()).isEqualTo(DocumentText.Format.TEXT);
        assertThat(d.text()).isEqualTo("Владимир Путин");
    }

    @Test
    void read_notUtf8_namesFileLineAndByte() throws IOException {
        Path f = tmp.resolve("latin1.txt");
        Files.write(f, "line one\nPutin\nMontr\u00e9al".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> DocumentText.read(f)).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("latin1.txt line 3: not UTF-8 (byte 0xE9");
    }

    @Test
    void read_binaryFile_isRejected() throws IOException {
        Path f = tmp.resolve("data.bin");
        Files.write(f, new byte[] {'a', 0, 'b'});
        assertThatThrownBy(() -> DocumentText.read(f)).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("data.bin line 1: a NUL character");
    }

    @Test
    void read_overTheCap_isRejectedBeforeReading() throws IOException {
        Path f = tmp.resolve("big.txt");
        Files.writeString(f, "x".repeat(2000));
        assertThatThrownBy(() -> DocumentText.read(f, 1000)).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("big.txt: 2000 bytes, over the cap of 1000 bytes");
    }

    @Test
    void read_html_givesVisibleTextWithBlocksApart_withoutScriptsOrStyles() throws IOException {
        Path f = tmp.resolve("article.html");
        try (InputStream in = getClass().getResourceAsStream("/html/article.html")) {
            Files.write(f, in.readAllBytes());
        }
        DocumentText d = DocumentText.read(f);
        assertThat(d.format()).isEqualTo(DocumentText.Format.HTML);
        assertThat(d.text()).doesNotContain("Vladimir Putin").doesNotContain("font-family")
                .contains("Rosneft chief speaks\n\nRosneft chief Igor Sechin met the journalist Catherine Belton in Moscow.");
    }

    @Test
    void scan_html_findsNamesAtOffsetsOfTheExtractedText() throws IOException {
        String html = new String(getClass().getResourceAsStream("/html/article.html").readAllBytes(), StandardCharsets.UTF_8);
        String text = DocumentText.htmlText(html);
        var mentions = Fixtures.SCANNER.scan(text);
        assertThat(mentions).extracting(Mention::text).containsExactly("Igor Sechin", "Catherine Belton", "Сергей Лавров", "Gazprom Neft");
        assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void read_htmlSniffedFromItsFirstBytes_withoutExtension() throws IOException {
        Path f = tmp.resolve("page");
        Files.writeString(f, "  <!DOCTYPE html><html><body><p>Hi</p></body></html>");
        assertThat(DocumentText.read(f).format()).isEqualTo(DocumentText.Format.HTML);
    }

    @Test
    void read_pdf_givesItsText_andTheScannerFindsTheNames() throws IOException {
        Path f = tmp.resolve("report.pdf");
        Files.write(f, pdf("Sanctions report", "The tanker Linda (IMO 9256858) was chartered by", "Gazprom Neft, said Catherine Belton."));
        DocumentText d = DocumentText.read(f);
        assertThat(d.format()).isEqualTo(DocumentText.Format.PDF);
        assertThat(d.text()).contains("IMO 9256858");
        assertThat(Fixtures.SCANNER.scan(d.text())).extracting(Mention::text, Mention::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Linda", Mention.Status.LISTED),
                org.assertj.core.groups.Tuple.tuple("IMO 9256858", Mention.Status.LISTED),
                org.assertj.core.groups.Tuple.tuple("Gazprom Neft", Mention.Status.LISTED),
                org.assertj.core.groups.Tuple.tuple("Catherine Belton", Mention.Status.NOT_LISTED));
    }

    @Test
    void read_pdfSniffedWithoutExtension() throws IOException {
        Path f = tmp.resolve("upload.bin");
        Files.write(f, pdf("Hello"));
        assertThat(DocumentText.read(f).format()).isEqualTo(DocumentText.Format.PDF);
    }

    @Test
    void read_damagedPdf_namesTheFile() throws IOException {
        Path f = tmp.resolve("broken.pdf");
        byte[] good = pdf("Hello");
        Files.write(f, java.util.Arrays.copyOf(good, 40));
        assertThatThrownBy(() -> DocumentText.read(f)).isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith(f + ": not a readable PDF");
    }
}

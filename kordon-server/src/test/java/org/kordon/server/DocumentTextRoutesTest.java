package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /ui/document-text} over HTTP: a file's text as {@code kordon scan} reads it, for the web page. */
class DocumentTextRoutesTest {
    static final String READ_KEY = "r-3f1d7a0e9b2c4d55";

    @TempDir
    static Path dir;

    static FeatureServer fixture;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        fixture = FeatureServer.start(dir, READ_KEY, wf -> List.of(new DocumentTextRoutes()));
        http = fixture.http();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

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

    static String body(String name, byte[] bytes) {
        return "{\"name\": \"" + name + "\", \"content_base64\": \"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
    }

    @Test
    void pdf_textExtracted() throws IOException {
        Http.Answer a = http.post("/ui/document-text", body("report.pdf", pdf("Vladimir Putin met Sergei Lavrov.")), READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("format").asText()).isEqualTo("pdf");
        assertThat(a.json().path("text").asText()).contains("Vladimir Putin met Sergei Lavrov.");
        assertThat(a.json().path("chars").asInt()).isEqualTo(a.json().path("text").asText().length());
    }

    @Test
    void html_visibleTextOnly() {
        byte[] html = "<html><body><script>var x=1;</script><p>Gazprom</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Http.Answer a = http.post("/ui/document-text", body("page.html", html), READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("format").asText()).isEqualTo("html");
        assertThat(a.json().path("text").asText()).contains("Gazprom").doesNotContain("var x");
    }

    @Test
    void damagedPdf_400NamingTheFile() {
        Http.Answer a = http.post("/ui/document-text", body("broken.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII)), READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("content_base64");
        assertThat(a.json().path("detail").asText()).contains("broken.pdf");
    }

    @Test
    void notBase64_400() {
        Http.Answer a = http.post("/ui/document-text", "{\"name\": \"a.pdf\", \"content_base64\": \"@@@\"}", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().path("detail").asText()).startsWith("content_base64: not base64");
    }

    @Test
    void noKey_401() {
        assertThat(http.post("/ui/document-text", body("a.txt", new byte[] {'a'})).status()).isEqualTo(401);
    }
}

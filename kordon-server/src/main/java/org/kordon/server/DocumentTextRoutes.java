package org.kordon.server;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kordon.documents.DocumentFormatException;
import org.kordon.documents.DocumentText;

/**
 * {@code POST /ui/document-text}: the text of an uploaded file as {@code kordon scan} reads it (PDF through PDFBox,
 * HTML's visible text, UTF-8 text as it is), so that the web page's Scan view can scan a PDF with {@code POST /scan}
 * and show the mentions in the very text their offsets refer to. Read-only access; nothing is kept.
 *
 * <pre>{@code
 * {"name": "report.pdf", "content_base64": "JVBERi0xLjc..."}
 * -> {"name": "report.pdf", "format": "pdf", "chars": 1234, "text": "Vladimir Putin met ..."}
 * }</pre>
 *
 * <p>The upload is bounded by the body limit ({@link ServerConfig#maxBodyBytes}; base64 makes a file a third
 * larger). A damaged, encrypted or binary file, or text over the scanner's limit, is a 400 naming the file.
 */
final class DocumentTextRoutes implements Routes {
    private static final int MAX_NAME = 200;

    @Override
    public void register(Router r) {
        r.post("/ui/document-text", Access.READ, this::text);
    }

    private Object text(Call c) {
        String name = Call.text(c.body(), "", "name", true, MAX_NAME);
        String content = Call.text(c.body(), "", "content_base64", true, Integer.MAX_VALUE);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("content_base64", "not base64: " + e.getMessage());
        }
        DocumentText d;
        try {
            d = DocumentText.of(name, bytes);
        } catch (DocumentFormatException e) {
            throw Problem.invalid("content_base64", e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("format", d.format().name().toLowerCase(Locale.ROOT));
        out.put("chars", d.text().length());
        out.put("text", d.text());
        return out;
    }
}

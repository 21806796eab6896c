package org.kordon.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a document, as the scanner reads it: plain UTF-8 text as it is; HTML through jsoup, the visible text
 * with a blank line after each block element (so a headline and the paragraph after it are not one name); PDF
 * through Apache PDFBox's text stripper. {@link Mention} offsets refer to {@link #text()}: for HTML and PDF that is
 * the extracted text, not the file's bytes.
 *
 * <pre>{@code
 * DocumentText d = DocumentText.read(Path.of("report.pdf"));     // format from the name, else from the first bytes
 * d.format();                                                     // PDF
 * scanner.scan(d.text());
 * }</pre>
 *
 * @param source the file name or the caller's label, used in messages
 * @param format how the text was obtained
 * @param text   the text the offsets refer to
 */
public record DocumentText(String source, Format format, String text) {
    /** What a document was. */
    public enum Format {
        TEXT, HTML, PDF
    }

    /** The largest file {@link #read(Path)} accepts: 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    public DocumentText {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }

    /** Reads a file with the {@link #DEFAULT_MAX_BYTES} cap. */
    public static DocumentText read(Path file) throws IOException {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a text, HTML or PDF file. The format is taken from the name ({@code .pdf}, {@code .html}/{@code .htm}),
     * else from the first bytes ({@code %PDF-}, {@code <!DOCTYPE html}, {@code <html}), else plain text.
     *
     * @throws DocumentFormatException naming the file when it is over {@code maxBytes}, not UTF-8, binary, a damaged
     *                                 or encrypted PDF, or gives more text than the scanner takes
     * @throws IOException             when the file cannot be read
     */
    public static DocumentText read(Path file, long maxBytes) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new DocumentFormatException(name + ": " + size + " bytes, over the cap of " + maxBytes
                    + " bytes (split the document or raise the cap)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > maxBytes) {
            throw new DocumentFormatException(name + ": over the cap of " + maxBytes + " bytes (the file grew while read)");
        }
        return of(name, bytes);
    }

    /** A document from bytes (a server's upload): the format from {@code source}'s name, else from the bytes. */
    public static DocumentText of(String source, byte[] bytes) {
        Format f = detect(source, bytes);
        String text = switch (f) {
            case PDF -> pdfText(source, bytes);
            case HTML -> htmlText(utf8(source, bytes));
            case TEXT -> utf8(source, bytes);
        };
        if (text.length() > DocumentScanner.MAX_TEXT_CHARS) {
            throw new DocumentFormatException(source + ": " + text.length() + " chars of text, over the scanner's limit of "
                    + DocumentScanner.MAX_TEXT_CHARS + " (split the document)");
        }
        return new DocumentText(source, f, text);
    }

    /** The visible text of an HTML page, one blank line after each block element; scripts and styles left out. */
    public static String htmlText(String html) {
        StringBuilder b = new StringBuilder(html.length() / 2);
        Jsoup.parse(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (!b.isEmpty() && !Character.isWhitespace(b.charAt(b.length() - 1)) && Character.isWhitespace(s.charAt(0))) {
                            b.append(' ');
                        }
                        b.append(s.strip());
                        if (Character.isWhitespace(s.charAt(s.length() - 1))) {
                            b.append(' ');
                        }
                    }
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    b.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && !b.isEmpty() && !b.toString().endsWith("\n\n")) {
                    trimTrailingSpaces(b);
                    b.append("\n\n");
                }
            }
        });
        trimTrailingSpaces(b);
        return b.toString().strip();
    }

    private static void trimTrailingSpaces(StringBuilder b) {
        int n = b.length();
        while (n > 0 && b.charAt(n - 1) == ' ') {
            n--;
        }
        b.setLength(n);
    }

    private static Format detect(String source, byte[] bytes) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return Format.PDF;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return Format.PDF;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") ? Format.HTML : Format.TEXT;
    }

    /** Strict UTF-8: a bad byte is an error naming the line, never a replacement character. A BOM is dropped. */
    private static String utf8(String source, byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new DocumentFormatException(String.format(Locale.ROOT, "%s line %d: not UTF-8 (byte 0x%02X at offset %d); "
                    + "save the file as UTF-8", source, line(bytes, at), bytes[at] & 0xFF, at));
        }
        d.flush(out);
        out.flip();
        String s = out.toString();
        int nul = s.indexOf('\0');
        if (nul >= 0) {
            throw new DocumentFormatException(source + " line " + line(bytes, nul) + ": a NUL character; this is a binary "
                    + "file, not text, HTML or PDF");
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String pdfText(String source, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new DocumentFormatException(source + ": the PDF is encrypted with a password; decrypt it first", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentFormatException(source + ": not a readable PDF (" + e.getMessage() + ")", e);
        }
    }
}

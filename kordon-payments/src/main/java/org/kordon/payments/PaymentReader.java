package org.kordon.payments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a payment file, detecting its format by its first character: {@code <} is ISO 20022 XML, <code>{</code> is
 * SWIFT MT (FIN). What cannot be read is returned as a failure naming file, line and reason, never dropped.
 *
 * <pre>{@code
 * PaymentFile f = PaymentReader.read(Path.of("mt103.fin"));
 * f.messages().get(0).id();        // "REF-2026-1207" (field 20)
 * f.unreadable();                  // [] or [broken.fin line 7: block 4 (opened at line 3) is not closed by a line "-}"]
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class PaymentReader {
    private PaymentReader() {
    }

    /**
     * Reads every message of {@code file}.
     *
     * @throws IOException when the file cannot be read at all (missing, a directory, no permission)
     */
    public static PaymentFile read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = Files.size(file);
        if (size > Limits.FILE_BYTES) {
            return failed(name, new PaymentFormatException(name, 0, "the file has " + size + " bytes, more than the "
                    + Limits.FILE_BYTES + " a payment file may have"));
        }
        return read(name, Files.readAllBytes(file));
    }

    /** Reads every message of {@code bytes}, named {@code name} in messages (a file name, or "request" for a body). */
    public static PaymentFile read(String name, byte[] bytes) {
        if (bytes.length > Limits.FILE_BYTES) {
            return failed(name, new PaymentFormatException(name, 0, "the message has " + bytes.length + " bytes, more than the "
                    + Limits.FILE_BYTES + " allowed"));
        }
        int first = firstSignificant(bytes);
        if (first < 0) {
            return failed(name, new PaymentFormatException(name, 0, "the file is empty"));
        }
        List<PaymentMessage> messages = new ArrayList<>();
        List<PaymentFormatException> unreadable = new ArrayList<>();
        if (bytes[first] == '<') {
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                messages.addAll(MxReader.read(name, in));
            } catch (PaymentFormatException e) {
                unreadable.add(e);
            } catch (IOException e) {
                unreadable.add(new PaymentFormatException(name, 0, e.getMessage(), e)); // not reached for bytes in memory
            }
        } else if (bytes[first] == '{') {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return failed(name, new PaymentFormatException(name, 0, "not UTF-8 text (a FIN message is ASCII)"));
            }
            MtReader.read(name, text, messages, unreadable);
        } else {
            return failed(name, new PaymentFormatException(name, 1, "neither ISO 20022 XML (starting with '<') nor a SWIFT MT message "
                    + "(starting with '{1:')"));
        }
        return new PaymentFile(name, messages, unreadable);
    }

    private static PaymentFile failed(String name, PaymentFormatException e) {
        return new PaymentFile(name, List.of(), List.of(e));
    }

    /** The index of the first byte that is not whitespace or a UTF-8 byte-order mark, or -1. */
    private static int firstSignificant(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        for (; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
                return i;
            }
        }
        return -1;
    }
}

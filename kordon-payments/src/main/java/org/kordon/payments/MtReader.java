package org.kordon.payments;

import com.prowidesoftware.swift.io.parser.SwiftParser;
import com.prowidesoftware.swift.model.SwiftBlock4;
import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads SWIFT MT messages (FIN): MT103, MT103 STP, MT202 and MT202 COV, one or several per file.
 *
 * <p>Two steps. First the file is split into messages by its blocks ({@code {1:...}{2:...}{3:...}{4:...-}{5:...}}),
 * checking the structure with line numbers: every brace closed, block 4 ended by {@code -}, nothing but blank
 * lines between messages, at most {@link Limits#MT_MESSAGE_CHARS} characters per message. Then each message is
 * parsed by Prowide Core ({@link SwiftParser}): its type, the STP/COV validation flag, sender and receiver, the
 * fields of block 4. The party fields (50a to 59a) are read by their option ({@link #party}); 70, 72 and 77B are
 * free text. A broken message is a {@link PaymentFormatException} for that message alone; the file's other messages
 * are read. Not thread-safe; one per file.
 */
final class MtReader {
    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):");
    private static final Pattern F_LINE = Pattern.compile("^([1-8])/(.*)$");
    /** Party fields by number: the role and whether it is a bank. */
    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("50", "ordering_customer"), Map.entry("51", "sending_institution"),
            Map.entry("52", "ordering_institution"), Map.entry("53", "senders_correspondent"),
            Map.entry("54", "receivers_correspondent"), Map.entry("55", "third_reimbursement_institution"),
            Map.entry("56", "intermediary"), Map.entry("57", "account_with_institution"),
            Map.entry("58", "beneficiary_institution"), Map.entry("59", "beneficiary_customer"));
    private static final List<String> FREE_TEXT = List.of("70", "72", "77B");

    private final String file;

    /** One message's text and the line where it starts. */
    record Chunk(String text, int line) {
    }

    private MtReader(String file) {
        this.file = file;
    }

    /** Reads every message of {@code text} into {@code messages}, each failure into {@code unreadable}. */
    static void read(String file, String text, List<PaymentMessage> messages, List<PaymentFormatException> unreadable) {
        MtReader r = new MtReader(file);
        List<Chunk> chunks;
        try {
            chunks = r.split(text);
        } catch (PaymentFormatException e) {
            unreadable.add(e);
            return;
        }
        for (Chunk c : chunks) {
            try {
                messages.add(r.parse(c));
            } catch (PaymentFormatException e) {
                unreadable.add(e);
            }
        }
        if (messages.isEmpty() && unreadable.isEmpty()) {
            unreadable.add(new PaymentFormatException(file, 0, "no SWIFT MT message ({1:...} block) in the file"));
        }
    }

    /** Splits the file into messages, checking that blocks open and close, with line numbers. */
    List<Chunk> split(String text) {
        List<Chunk> out = new ArrayList<>();
        int line = 1;
        int depth = 0;
        int start = -1;
        int startLine = 0;
        int blockLine = 0;
        char block = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                if (depth == 0) {
                    block = i + 1 < n ? text.charAt(i + 1) : 0;
                    blockLine = line;
                    if (block == '1' || start < 0) {
                        if (start >= 0) {
                            out.add(chunk(text, start, i, startLine));
                        }
                        start = i;
                        startLine = line;
                    }
                    if (i + 2 >= n || text.charAt(i + 2) != ':' || block < '1' || (block > '5' && block != 'S')) {
                        throw new PaymentFormatException(file, line, "a block must start as {1: to {5: (or {S:), found '"
                                + text.substring(i, Math.min(n, i + 3)) + "'");
                    }
                }
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    throw new PaymentFormatException(file, line, "'}' closes no block");
                }
                depth--;
                if (depth == 0 && block == '4' && !endsBlock4(text, i)) {
                    throw new PaymentFormatException(file, line, "block 4 (opened at line " + blockLine
                            + ") is not closed by a line \"-}\"");
                }
            } else if (depth == 0 && !Character.isWhitespace(c) && c != '$' && c != '\u0001' && c != '\u0003') {
                throw new PaymentFormatException(file, line, "text outside a block: '" + c + "'");
            }
            if (start >= 0 && i - start > Limits.MT_MESSAGE_CHARS) {
                throw new PaymentFormatException(file, startLine, "the message runs on past " + Limits.MT_MESSAGE_CHARS + " characters");
            }
        }
        if (depth > 0) {
            throw new PaymentFormatException(file, blockLine, "block " + block + " opened at line " + blockLine + " is not closed (file ends inside it)");
        }
        if (start >= 0) {
            out.add(chunk(text, start, n, startLine));
        }
        return out;
    }

    private static boolean endsBlock4(String text, int close) {
        int j = close - 1;
        if (j < 0 || text.charAt(j) != '-') {
            return false;
        }
        j--;
        return j >= 0 && (text.charAt(j) == '\n' || text.charAt(j) == '\r');
    }

    private static Chunk chunk(String text, int from, int to, int line) {
        return new Chunk(text.substring(from, to).strip(), line);
    }

    /** Parses one message with Prowide and reads its fields. */
    PaymentMessage parse(Chunk c) {
        SwiftMessage m;
        try {
            m = new SwiftParser(c.text()).message();
        } catch (IOException | RuntimeException e) {
            throw new PaymentFormatException(file, c.line(), "not a readable FIN message: " + e.getMessage(), e);
        }
        SwiftBlock4 b4 = m == null ? null : m.getBlock4();
        if (b4 == null || b4.getTags().isEmpty()) {
            throw new PaymentFormatException(file, c.line(), "the message has no block 4 fields");
        }
        String mt = m.getType();
        if (!"103".equals(mt) && !"202".equals(mt)) {
            throw new PaymentFormatException(file, c.line(), "MT" + mt + " is not supported (MT103, MT103 STP, MT202, MT202 COV)");
        }
        String type = "MT" + mt + (m.isSTP() ? " STP" : "") + (m.isCOV() ? " COV" : "");
        List<Integer> lines = tagLines(c);
        List<Party> parties = new ArrayList<>();
        List<FreeText> texts = new ArrayList<>();
        addHeaderParty(parties, "sender", "1", m.getSender());
        addHeaderParty(parties, "receiver", "2", m.getReceiver());
        String ref = null;
        boolean sequenceB = false;
        List<Tag> tags = b4.getTags();
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            String name = t.getName();
            String value = t.getValue() == null ? "" : t.getValue().replace("\r\n", "\n").strip();
            int line = i < lines.size() ? lines.get(i) : c.line();
            if (name == null || name.length() < 2) {
                throw new PaymentFormatException(file, line, "a field of block 4 has no tag");
            }
            String number = name.substring(0, 2);
            if ("202".equals(mt) && m.isCOV() && number.equals("50")) {
                sequenceB = true;
            }
            String field = (sequenceB ? "B/" : "") + name;
            if (number.equals("20") && ref == null) {
                ref = PartyBuilder.clean(value);
            } else if (ROLES.containsKey(number)) {
                PartyBuilder p = party((sequenceB ? "underlying_" : "") + ROLES.get(number), field, name, value, line);
                if (p != null) {
                    parties.add(p.build());
                }
            } else if (FREE_TEXT.contains(name) && !value.isEmpty()) {
                texts.add(new FreeText(field, value));
            }
        }
        if (ref == null) {
            throw new PaymentFormatException(file, c.line(), "field 20 (sender's reference) is missing");
        }
        return new PaymentMessage(ref, type, file, c.line(), List.of(new Transaction(ref, parties, texts)));
    }

    /** The sender (block 1) or receiver (block 2) by its logical terminal address: a BIC8, the terminal letter, the branch. */
    private static void addHeaderParty(List<Party> parties, String role, String field, @Nullable String address) {
        String b = PartyBuilder.clean(address);
        if (b != null && b.length() == 12) {
            b = b.substring(0, 8) + b.substring(9);
        }
        if (b != null) {
            PartyBuilder p = new PartyBuilder(role, field, true);
            p.bic = b;
            parties.add(p.build());
        }
    }

    /** The line of each field of block 4, in order. */
    private static List<Integer> tagLines(Chunk c) {
        List<Integer> out = new ArrayList<>();
        String[] lines = c.text().split("\r?\n", -1);
        boolean inBlock4 = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!inBlock4) {
                inBlock4 = l.contains("{4:");
                l = inBlock4 ? l.substring(l.indexOf("{4:") + 3) : l;
            }
            if (inBlock4 && TAG.matcher(l).find()) {
                out.add(c.line() + i);
            }
        }
        return out;
    }

    /**
     * Reads a party field by its option: A (optional account line, then the BIC), B (account, location), C (account),
     * D and K and no option (optional account line, then name and address lines), F (party identifier, then numbered
     * lines: 1/ name, 2/ address, 3/ country/town, 4-8 other details). Null for an empty field.
     */
    @Nullable PartyBuilder party(String role, String field, String tag, String value, int line) {
        boolean agent = !tag.startsWith("50") && !tag.startsWith("59");
        char option = tag.length() > 2 ? tag.charAt(2) : ' ';
        List<String> lines = new ArrayList<>(List.of(value.split("\n")));
        lines.replaceAll(String::strip);
        lines.removeIf(String::isEmpty);
        if (lines.isEmpty()) {
            return null;
        }
        PartyBuilder p = new PartyBuilder(role, field, agent);
        if (option == 'F') {
            readOptionF(p, lines, line);
            return p;
        }
        if ((lines.get(0).startsWith("/") && (option != 'A' || lines.size() > 1)) || option == 'C') {
            p.account = PartyBuilder.clean(lines.remove(0).replaceFirst("^/([CD]/)?", ""));
        }
        switch (option) {
            case 'A' -> {
                if (lines.isEmpty()) {
                    throw new PaymentFormatException(file, line, "field " + tag + ": no BIC after the account line");
                }
                p.bic = PartyBuilder.clean(lines.get(0));
            }
            case 'B' -> lines.forEach(p.lines::add);
            case 'C' -> {
                // the account alone
            }
            default -> lines.forEach(p::name); // D, K and no option: name, then address lines
        }
        return p;
    }

    /** 50F/59F: the party identifier line, then numbered lines. */
    private void readOptionF(PartyBuilder p, List<String> lines, int line) {
        String first = lines.get(0);
        int from = 0;
        if (!F_LINE.matcher(first).matches()) {
            from = 1;
            if (first.startsWith("/")) {
                p.account = PartyBuilder.clean(first.substring(1));
            } else {
                p.identifiers.add(first);
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            Matcher m = F_LINE.matcher(lines.get(i));
            if (!m.matches()) {
                throw new PaymentFormatException(file, line + i, "field " + p.field + ": line '" + lines.get(i)
                        + "' is not numbered (1/ name, 2/ address, 3/ country/town...)");
            }
            String v = m.group(2).strip();
            switch (m.group(1)) {
                case "1" -> name.append(name.isEmpty() ? "" : " ").append(v);
                case "2" -> p.lines.add(v);
                case "3" -> {
                    String[] cc = v.split("/", 2);
                    p.country = cc[0].strip();
                    if (cc.length > 1 && !cc[1].isBlank()) {
                        p.town = cc[1].strip();
                    }
                }
                default -> p.identifiers.add(m.group(1) + "/" + v);
            }
        }
        if (!name.isEmpty()) {
            p.name = PartyBuilder.clean(name.toString());
        }
    }
}

package org.kordon.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kordon.model.Address;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.model.VesselInfo;

/**
 * Reads OFAC's legacy CSV set: {@code sdn.csv} plus, from the same folder and each optional, {@code alt.csv},
 * {@code add.csv} and {@code sdn_comments.csv}.
 *
 * <p>The format: ISO-8859-1, CRLF, every field quoted except the null marker {@code -0- } (with its trailing
 * space), no header row, and a DOS end-of-file byte 0x1A on a line of its own at the end. Columns:
 * <ul>
 *   <li>{@code sdn.csv}: ent_num, SDN_Name, SDN_Type ({@code individual}, {@code vessel}, {@code aircraft},
 *       {@code -0-} for an entity), Program ({@code "RUSSIA-EO14024] [UKRAINE-EO13662"}), Title, Call_Sign,
 *       Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks;</li>
 *   <li>{@code alt.csv}: ent_num, alt_num, alt_type ({@code aka}, {@code fka}, {@code nka}), alt_name, alt_remarks;</li>
 *   <li>{@code add.csv}: ent_num, add_num, address, city/state/postal code, country, add_remarks;</li>
 *   <li>{@code sdn_comments.csv}: ent_num, the rest of a Remarks text cut in {@code sdn.csv} (appended as is,
 *       the cut falls inside a word).</li>
 * </ul>
 *
 * <p>Mapping: id {@code ofac-sdn:<ent_num>}; schema Person, Vessel, Aircraft or Organization; SDN_Name is the
 * primary name; alt.csv {@code aka}/{@code nka} are aliases, {@code fka} former names, and an alt_remarks
 * saying "weak" makes a weak alias. OFAC publishes its weak aliases in the Remarks column
 * ({@code a.k.a. 'BNC'}; they never repeat in alt.csv), so those become {@link NameKind#WEAK_ALIAS} and
 * {@code f.k.a. 'X'} there a former name. Remarks also give birth dates ({@code DOB 07 Oct 1952},
 * {@code alt. DOB 1953}, {@code DOB circa 1960}, {@code DOB 1960 to 1962}), birth places, nationality and
 * citizenship (both as nationalities), gender and identifiers with their issuing country
 * ({@code Passport 12345 (Russia)}; see {@link OfacRemarks}); the full remarks text is kept as a remark.
 * Title is a position; Call_Sign an identifier; the vessel columns a {@link VesselInfo}. One sanction:
 * authority {@code OFAC}, the programmes, measure {@code SDN}. The source is {@code ofac-sdn} without a
 * version: the CSV carries no publication date.
 *
 * <p>Example: {@code 35096,"PUTIN, Vladimir Vladimirovich","individual","RUSSIA-EO14024",...,"DOB 07 Oct 1952; POB
 * Leningrad, Russia; nationality Russia; citizen Russia; Gender Male; ..."} gives {@code ofac-sdn:35096}, a
 * Person born {@code 1952-10-07} in "Leningrad, Russia", nationality {@code ru}, gender Male, programme
 * RUSSIA-EO14024.
 *
 * <p>End marker: OFAC ends {@code sdn.csv}, {@code alt.csv} and {@code add.csv} with the byte 0x1A, so a file
 * without it was cut short (a download that stopped at a line boundary still parses, with fewer entities); such a
 * set is refused in every mode, lenient too ({@link ParseContext#refuse}: the load fails with an
 * {@link UntrustedListException} naming the file, {@code no OFAC end marker (0x1A): the file is truncated}).
 * Whitespace after the marker is tolerated. {@code sdn_comments.csv} is not checked: OFAC's own copy of July 2021
 * ends without the marker, so its absence proves nothing there, and that file adds remark text only.
 *
 * <p>Errors: a first row with the wrong number of columns means the file is not what its name says and
 * fails the load in every mode; a later row with the wrong column count or a non-numeric ent_num is a bad
 * record ({@code sdn.csv line 12, field ent_num: ...}), rejected in strict mode and skipped in lenient mode.
 * An unterminated quote fails the load. A DOB in the remarks that cannot be read is not fatal: the remarks
 * are free text written by hand, the entity is still a listed party, so it is loaded without that date
 * (the text stays in its remarks) and a warning names the line. Companion rows whose ent_num has no
 * {@code sdn.csv} row (OFAC's files of different dates) are skipped with one summary warning per file.
 * Not thread-safe; one instance per file.
 */
final class OfacCsvParser implements ListParser {
    static final String LIST = "ofac-sdn";
    private static final String NULL = "-0-";
    private static final char EOF_BYTE = '\u001a';
    /** The companions that end with {@link #EOF_BYTE} as sdn.csv does (sdn_comments.csv does not always). */
    private static final List<String> MARKED_COMPANIONS = List.of("alt.csv", "add.csv");
    /** How many bytes at the end of a file may follow the marker (whitespace an editor or a copy added). */
    private static final int MARKER_TAIL = 64;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .get();
    private static final Pattern PROGRAM_SEPARATOR = Pattern.compile("\\]\\s*\\[");
    /** ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks. */
    private static final int SDN_COLUMNS = 12;

    /** One companion row, keyed by ent_num in the maps below. */
    private record Row(long line, CSVRecord record) {
    }

    /** Companion rows by ent_num, with the ones an sdn.csv row used removed as they are joined. */
    private final Map<String, Map<Long, List<Row>>> companions = new LinkedHashMap<>();

    @Override
    public void parse(ParseContext ctx) throws IOException {
        Path dir = ctx.file().toAbsolutePath().getParent();
        for (Path f : markedFiles(ctx.file(), dir)) {
            if (!endsWithMarker(f)) {
                ctx.refuse(new UntrustedListException(f.toString(), f + ": no OFAC end marker (0x1A): the file is truncated"));
                return;
            }
        }
        readCompanion(ctx, dir, "alt.csv", 5);
        readCompanion(ctx, dir, "add.csv", 6);
        readCompanion(ctx, dir, "sdn_comments.csv", 2);
        SourceRef source = new SourceRef(LIST, null);
        ctx.source(source);
        int sdnRows = forEachRow(ctx, ctx.file(), ctx.fileName(), SDN_COLUMNS,
                (line, rec) -> ctx.emit(entity(ctx, line, rec, source)));
        if (sdnRows == 0) {
            throw ctx.error(null, null, "the file holds no SDN rows");
        }
        for (Map.Entry<String, Map<Long, List<Row>>> c : companions.entrySet()) {
            Map<Long, List<Row>> orphans = c.getValue();
            if (!orphans.isEmpty()) {
                int rows = orphans.values().stream().mapToInt(List::size).sum();
                List<String> examples = new TreeSet<>(orphans.keySet()).stream().limit(5).map(String::valueOf).toList();
                ctx.warn(null, "ent_num", c.getKey() + ": " + rows + " rows for " + orphans.size()
                        + " ent_num values that sdn.csv does not list were skipped (the files are of different"
                        + " dates), e.g. " + String.join(", ", examples), false);
            }
        }
    }

    /** sdn.csv and those of its companions that OFAC ends with 0x1A and that are present. */
    private static List<Path> markedFiles(Path sdn, Path dir) {
        List<Path> out = new ArrayList<>(List.of(sdn));
        for (String name : MARKED_COMPANIONS) {
            Path f = dir == null ? Path.of(name) : dir.resolve(name);
            if (Files.isRegularFile(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** True when the last byte other than trailing whitespace is OFAC's end marker 0x1A. */
    static boolean endsWithMarker(Path file) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            int n = (int) Math.min(size, MARKER_TAIL);
            ByteBuffer tail = ByteBuffer.allocate(n);
            ch.position(size - n);
            while (tail.hasRemaining() && ch.read(tail) >= 0) {
                // read the whole tail
            }
            for (int i = tail.position() - 1; i >= 0; i--) {
                byte b = tail.get(i);
                if (b == EOF_BYTE) {
                    return true;
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return false;
                }
            }
            return false;
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(long line, CSVRecord rec);
    }

    private void readCompanion(ParseContext ctx, Path dir, String name, int columns) throws IOException {
        Path f = dir == null ? Path.of(name) : dir.resolve(name);
        if (!Files.isRegularFile(f)) {
            return;
        }
        Map<Long, List<Row>> byEnt = new HashMap<>();
        companions.put(name, byEnt);
        forEachRow(ctx, f, name, columns, (line, rec) ->
                byEnt.computeIfAbsent(entNum(name, line, rec), k -> new ArrayList<>(2)).add(new Row(line, rec)));
    }

    /** Streams the rows of one file; skips the 0x1A end byte; checks columns; wraps CSV errors with the line. */
    private static int forEachRow(ParseContext ctx, Path file, String name, int columns, RowHandler handler)
            throws IOException {
        int rows = 0;
        try (CsvLimit in = CsvLimit.open(ctx, file, name, StandardCharsets.ISO_8859_1);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            long lastLine = 0;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException e) {
                    throw new ListFormatException(name, "line " + (lastLine + 1), null,
                            "unreadable CSV: " + e.getCause().getMessage(), e);
                }
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).strip().equals(String.valueOf(EOF_BYTE))) {
                    continue;
                }
                in.nextRecord(lastLine + 1);
                rows++;
                if (rec.size() != columns) {
                    ListFormatException bad = new ListFormatException(name, "line " + line, null,
                            "expected " + columns + " columns, found " + rec.size());
                    if (rec.getRecordNumber() == 1) {
                        throw bad; // the first row already has the wrong shape: not this kind of file
                    }
                    ctx.reject(bad);
                    continue;
                }
                try {
                    handler.accept(line, rec);
                } catch (ListFormatException e) {
                    ctx.reject(e);
                } catch (IllegalArgumentException e) {
                    ctx.reject(new ListFormatException(name, "line " + line, null, e.getMessage(), e));
                }
            }
        }
        return rows;
    }

    private static Long entNum(String file, long line, CSVRecord rec) {
        String v = rec.get(0).strip();
        try {
            long n = Long.parseLong(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ListFormatException(file, "line " + line, "ent_num", "not a positive number: '" + v + "'");
    }

    private Entity entity(ParseContext ctx, long line, CSVRecord rec, SourceRef source) {
        long ent = entNum(ctx.fileName(), line, rec);
        String name = value(rec, 1);
        if (name == null) {
            throw ctx.error("line " + line, "SDN_Name", "the name is empty");
        }
        String type = value(rec, 2);
        Schema schema = type == null ? Schema.ORGANIZATION : switch (type) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> throw ctx.error("line " + line, "SDN_Type",
                    "unknown type '" + type + "' (expected individual, vessel, aircraft or -0-)");
        };
        Entity.Builder b = Entity.builder("ofac-sdn:" + ent, schema).source(source);
        b.name(name, NameKind.PRIMARY);
        b.sanction(new Sanction("OFAC", programs(value(rec, 3)), null, "SDN", null));
        b.position(value(rec, 4));
        String callSign = value(rec, 5);
        if (callSign != null) {
            b.identifier(new Identifier(IdType.CALL_SIGN, callSign, null, "Call Sign"));
        }
        b.vessel(new VesselInfo(value(rec, 9), value(rec, 6), value(rec, 7), value(rec, 8), value(rec, 10)));

        StringBuilder remarks = new StringBuilder();
        String r = value(rec, 11);
        if (r != null) {
            remarks.append(r);
        }
        for (Row c : take("sdn_comments.csv", ent)) {
            String more = value(c.record(), 1);
            if (more != null) {
                remarks.append(more);
            }
        }
        for (Row a : take("alt.csv", ent)) {
            alias(a.record(), b);
        }
        for (Row a : take("add.csv", ent)) {
            address(a.record(), b);
        }
        if (!remarks.isEmpty()) {
            String text = remarks.toString();
            for (String bad : OfacRemarks.apply(text, b)) {
                ctx.warn("line " + line, "Remarks", "ofac-sdn:" + ent + ": cannot read the date in '" + bad
                        + "'; loaded without it (the text stays in the remarks)", false);
            }
            b.remark(text);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw ctx.error("line " + line, null, e.getMessage());
        }
    }

    private List<Row> take(String file, long ent) {
        Map<Long, List<Row>> m = companions.get(file);
        if (m == null) {
            return List.of();
        }
        List<Row> rows = m.remove(ent);
        return rows == null ? List.of() : rows;
    }

    private static void alias(CSVRecord rec, Entity.Builder b) {
        String type = value(rec, 2);
        String remark = value(rec, 4);
        NameKind kind = "fka".equalsIgnoreCase(type) ? NameKind.PREVIOUS : NameKind.ALIAS;
        if (remark != null && remark.toLowerCase(java.util.Locale.ROOT).contains("weak")) {
            kind = NameKind.WEAK_ALIAS;
        }
        b.name(value(rec, 3), kind);
    }

    private static void address(CSVRecord rec, Entity.Builder b) {
        String street = value(rec, 2);
        String cityLine = value(rec, 3);
        String country = value(rec, 4);
        if (street == null && cityLine == null && country == null) {
            return;
        }
        Address a = new Address(null, street, cityLine, null, null, country);
        b.address(a);
        b.country(a.country());
        String remark = value(rec, 5);
        if (remark != null) {
            b.remark("Address " + a.full() + ": " + remark);
        }
    }

    /** Programme codes from {@code "RUSSIA-EO14024] [UKRAINE-EO13662"}. */
    static List<String> programs(String field) {
        if (field == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        for (String p : PROGRAM_SEPARATOR.split(field)) {
            String code = p.replace("[", "").replace("]", "").strip();
            if (!code.isEmpty()) {
                out.add(code);
            }
        }
        return out;
    }

    /** The field, or null for OFAC's null marker {@code -0-} and blank fields. */
    private static String value(CSVRecord rec, int i) {
        String v = rec.get(i).strip();
        return v.isEmpty() || v.equals(NULL) ? null : v;
    }
}

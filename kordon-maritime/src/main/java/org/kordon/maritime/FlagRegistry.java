package org.kordon.maritime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kordon.input.CsvTable;
import org.kordon.model.Countries;

/**
 * Reads flags as the data print them ({@code "Palau (Republic of)"}, {@code "Comoros FALSE"}, {@code "Not Known"})
 * and knows the flags of convenience, from the bundled {@code flag-registries.csv}. Immutable, thread-safe.
 *
 * <p>{@code bundled().read("Comoros FALSE")} is {@code Flag[printed=Comoros FALSE, code=km, falseFlag=true,
 * unknown=false]}; {@code read("Not Known")} has {@code unknown=true}.
 */
final class FlagRegistry {
    /** A flag as printed, its ISO code (lower case) when recognised, and whether the source marks it false or unknown. */
    record Flag(String printed, String code, boolean falseFlag, boolean unknown) {
        /** The code when known, else the printed text. */
        String label() {
            return code != null ? code : printed;
        }
    }

    private static final String RESOURCE = "flag-registries.csv";
    private static final List<String> COLUMNS = List.of("kind", "name", "code", "source");
    private static final List<String> UNKNOWN = List.of("not known", "unknown", "none identified", "none");
    private static final FlagRegistry BUNDLED = load();

    private final Map<String, String> aliases;
    private final Map<String, String> convenience;

    private FlagRegistry(Map<String, String> aliases, Map<String, String> convenience) {
        this.aliases = aliases;
        this.convenience = convenience;
    }

    static FlagRegistry bundled() {
        return BUNDLED;
    }

    private static FlagRegistry load() {
        Map<String, String> aliases = new HashMap<>();
        Map<String, String> convenience = new HashMap<>();
        if (FlagRegistry.class.getResource(RESOURCE) == null) {
            throw new IllegalStateException("bundled " + RESOURCE + " is missing from the class path");
        }
        try (CsvTable in = CsvTable.open(RESOURCE, () -> FlagRegistry.class.getResourceAsStream(RESOURCE), COLUMNS, true)) {
            for (CsvTable.Row r; (r = in.next()) != null; ) {
                if (r.value(0).startsWith("#")) {
                    continue;
                }
                String code = r.get("code");
                if (r.size() != COLUMNS.size() || code == null || code.length() != 2 || r.get("name") == null) {
                    throw new IllegalStateException(RESOURCE + " line " + r.line() + ": expected kind,name,code,source");
                }
                code = code.toLowerCase(Locale.ROOT);
                aliases.put(key(r.get("name")), code);
                if ("convenience".equals(r.get("kind"))) {
                    convenience.put(code, r.get("source"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FlagRegistry(Map.copyOf(aliases), Map.copyOf(convenience));
    }

    /** Letters and digits in lower case, single spaces: {@code "Hong Kong, China"} gives {@code "hong kong china"}. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().map(c -> Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ').forEach(b::appendCodePoint);
        return b.toString().strip().replaceAll(" +", " ");
    }

    /** Reads a printed flag; null for null or blank. */
    Flag read(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String p = printed.strip();
        String k = key(p);
        boolean falseFlag = false;
        if (k.endsWith(" false")) {
            falseFlag = true;
            k = k.substring(0, k.length() - 6).strip();
        }
        if (UNKNOWN.contains(k)) {
            return new Flag(p, null, falseFlag, true);
        }
        String code = aliases.get(k);
        if (code == null) {
            code = Countries.toCode(k);
        }
        if (code == null && k.length() == 2 && Countries.isCode(k)) {
            code = k;
        }
        return new Flag(p, code, falseFlag, false);
    }

    /** The source that names the flag a flag of convenience, or null when it is none. */
    String convenienceSource(String code) {
        return code == null ? null : convenience.get(code);
    }
}

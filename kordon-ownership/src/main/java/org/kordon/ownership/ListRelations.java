package org.kordon.ownership;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relations the lists state in their own text: OFAC's {@code Linked To:} remarks and the EU's and UK's
 * "owned by", "controlled by" and "associated entities" wording, as typed relations between listed entities.
 * {@link Kind#OWNED} and {@link Kind#CONTROLLED} only where the text says so; everything else is {@link Kind#LINKED},
 * which never blocks by itself but is shown.
 *
 * <pre>{@code
 * ListRelations.parse("ofac-sdn:12345", "DOB 01 Sep 1964; Gender Male; Linked To: MAKHLUF, Rami.")
 * // [Relation[from=ofac-sdn:12345, kind=LINKED, targetName=MAKHLUF, Rami, text=Linked To: MAKHLUF, Rami]]
 * ListRelations.parse("eu:1", "... is owned by Furdberg Holding Limited.")
 * // [Relation[from=eu:1, kind=OWNED, targetName=Furdberg Holding Limited, text=owned by Furdberg Holding Limited]]
 * }</pre>
 *
 * <p>Targets are names as the text writes them; {@link #resolve} keeps those that name a listed entity exactly
 * (after folding case, accents, punctuation and spacing), since free text ("controlled by the separatist groups")
 * names no entity. Stateless and thread-safe.
 */
public final class ListRelations {
    private ListRelations() {
    }

    /** What the text says one listed entity is to another. */
    public enum Kind {
        /** "owned by X": X owns the entity (share not stated). */
        OWNED,
        /** "controlled by X", "owned or controlled by X": X controls it, or may. */
        CONTROLLED,
        /** "Linked To: X", "associated entities: X": a link the text does not call ownership or control; never blocks. */
        LINKED
    }

    /**
     * A relation the lists state.
     *
     * @param from       the listed entity whose text states it
     * @param kind       owned, controlled or linked
     * @param targetName the other party as the text names it
     * @param text       the words it was read from
     */
    public record Relation(String from, Kind kind, String targetName, String text) {
        public Relation {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(targetName, "targetName");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A relation whose target names a listed entity. */
    public record Resolved(Relation relation, String targetId) {
        public Resolved {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(targetId, "targetId");
        }
    }

    // OFAC remarks are "; "-separated fields; a name may hold full stops (S.A.), so a field ends at "; " or the end
    private static final Pattern LINKED_TO = Pattern.compile("Linked To: ([^;]+?)\\.?(?=;|$)");
    private static final Pattern OWNED_OR_CONTROLLED = Pattern.compile(
            "(?i)\\b(?:(?:wholly|majority|ultimately|directly|indirectly)[ -])?(owned or controlled|owned|controlled) by ([^.;,(\"]+)");
    private static final Pattern ASSOCIATED = Pattern.compile("(?i)associated entit(?:y|ies): ([^;\"]+)");
    /** Where a name in prose stops: "owned by X which ...", "controlled by X since 2014". */
    private static final Pattern NAME_END = Pattern.compile(
            "(?i)\\s(?:which|that|who|to|in|and|since|as|through|from|for|with|is|was|has|had|participated)\\b.*$");

    /** The relations one remark of a listed entity states, in the order written; empty when none. */
    public static List<Relation> parse(String from, String remark) {
        Objects.requireNonNull(from, "from");
        List<Relation> out = new ArrayList<>();
        if (remark == null || remark.isBlank()) {
            return out;
        }
        Matcher m = LINKED_TO.matcher(remark);
        while (m.find()) {
            String name = m.group(1).strip();
            out.add(new Relation(from, Kind.LINKED, name, "Linked To: " + name));
        }
        m = OWNED_OR_CONTROLLED.matcher(remark);
        while (m.find()) {
            String name = NAME_END.matcher(m.group(2).strip()).replaceFirst("").strip();
            if (!name.isEmpty()) {
                Kind kind = m.group(1).equalsIgnoreCase("owned") ? Kind.OWNED : Kind.CONTROLLED;
                out.add(new Relation(from, kind, name, m.group(1).toLowerCase(Locale.ROOT) + " by " + name));
            }
        }
        m = ASSOCIATED.matcher(remark);
        while (m.find()) {
            String name = m.group(1).strip();
            out.add(new Relation(from, Kind.LINKED, name, "associated entities: " + name));
        }
        return out;
    }

    /**
     * The relations whose target names a listed entity, by {@code idOfName} (a listed entity's id from a name folded
     * by {@link #fold}, or null); a relation to the entity itself is dropped.
     */
    public static List<Resolved> resolve(List<Relation> relations, Function<String, String> idOfName) {
        List<Resolved> out = new ArrayList<>();
        for (Relation r : relations) {
            String id = idOfName.apply(fold(r.targetName()));
            if (id != null && !id.equals(r.from())) {
                out.add(new Resolved(r, id));
            }
        }
        return out;
    }

    /** A name as relations compare it: NFKD without accents, lower case, letters and digits separated by one space. */
    public static String fold(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return d.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

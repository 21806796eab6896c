package org.kordon.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kordon.input.CsvTable;
import org.kordon.input.InputFormatException;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;

/**
 * The labelled sets the evaluation runs on.
 *
 * <ul>
 *   <li>{@link #handwritten()}: cross-script, romanisation, Kazakh, organisation and typo variants of real listed
 *       names, written by hand, and real names that are not listed (resource {@code handwritten.csv}).</li>
 *   <li>{@link #heldOutAliases}: a strong alias of a listed entity is removed from the list and used as the query
 *       (the list no longer contains it, so only real matching can find the entity); tagged with the entity's
 *       schema group and, where it applies, {@code multi-word} and {@code extra-word} (more words than every
 *       remaining name).</li>
 *   <li>{@link #perturbed}: primary names of listed people as users mistype them: letters swapped, a middle name
 *       dropped, word order reversed.</li>
 * </ul>
 * Random choices use fixed seeds, so every run evaluates the same cases.
 */
public final class EvalSets {
    private EvalSets() {
    }

    /** The columns of {@code handwritten.csv}; every one is required. */
    private static final List<String> HANDWRITTEN_COLUMNS = List.of("category", "query", "schema", "expected", "note");

    /**
     * The hand-written cases, read with {@link CsvTable} as every reference CSV is.
     *
     * @throws InputFormatException naming {@code handwritten.csv}, the line and the field of a malformed case
     */
    public static List<EvalCase> handwritten() {
        List<EvalCase> out = new ArrayList<>();
        String name = "handwritten.csv";
        try (CsvTable in = CsvTable.open(name, () -> EvalSets.class.getResourceAsStream(name), HANDWRITTEN_COLUMNS, false)) {
            for (CsvTable.Row r; (r = in.next()) != null; ) {
                String category = r.get("category");
                String query = r.get("query");
                if (category == null || query == null) {
                    throw r.error(category == null ? "category" : "query", "is empty");
                }
                String exp = r.get("expected");
                Set<String> expected = exp == null ? Set.of() : new HashSet<>(Arrays.asList(exp.split("\\|")));
                String schema = r.get("schema");
                Schema parsed;
                try {
                    parsed = schema == null ? null : Schema.parse(schema);
                } catch (IllegalArgumentException e) {
                    throw r.error("schema", e.getMessage());
                }
                out.add(new EvalCase(category, query, parsed, expected, r.get("note")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A snapshot with some aliases removed, and the cases that query with them. */
    public record HeldOut(ListSnapshot snapshot, List<EvalCase> cases) {
    }

    /**
     * Removes one strong alias from up to {@code n} entities (chosen with {@code seed}) and returns the queries
     * that use those aliases. Aliases that differ from every remaining name only by case or punctuation are not
     * chosen (they would test nothing).
     */
    public static HeldOut heldOutAliases(ListSnapshot s, int n, long seed) {
        return heldOutAliases(s, n, seed, e -> true, "held-out-alias");
    }

    /**
     * As {@link #heldOutAliases(ListSnapshot, int, long)}, drawing only among entities that pass {@code among}, the
     * cases filed under {@code category} (e.g. vessels, too few in a draw over a whole list to be counted apart).
     */
    public static HeldOut heldOutAliases(ListSnapshot s, int n, long seed, java.util.function.Predicate<Entity> among, String category) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < s.entities().size(); i++) {
            Entity e = s.entities().get(i);
            if (among.test(e) && e.names().size() >= 2 && e.names().stream().anyMatch(nm -> nm.kind() == NameKind.ALIAS)) {
                candidates.add(i);
            }
        }
        Collections.shuffle(candidates, new Random(seed));
        Random r = new Random(seed + 1);
        Map<Integer, Entity> replaced = new LinkedHashMap<>();
        List<EvalCase> cases = new ArrayList<>();
        for (int idx : candidates) {
            if (cases.size() >= n) {
                break;
            }
            Entity e = s.entities().get(idx);
            List<Name> aliases = e.names().stream().filter(nm -> nm.kind() == NameKind.ALIAS).toList();
            Name held = aliases.get(r.nextInt(aliases.size()));
            List<Name> rest = e.names().stream().filter(nm -> !nm.equals(held)).toList();
            String key = squash(held.value());
            if (rest.stream().anyMatch(nm -> squash(nm.value()).equals(key))) {
                continue;
            }
            replaced.put(idx, new Entity(e.id(), e.schema(), rest, e.birthDates(), e.birthPlaces(), e.nationalities(),
                    e.countries(), e.addresses(), e.identifiers(), e.vessel(), e.sanctions(), e.gender(), e.positions(),
                    e.remarks(), e.source()));
            cases.add(new EvalCase(category, held.value(), e.schema(), Set.of(e.id()), "alias of " + e.caption(),
                    null, null, HarderSets.heldOutTags(e, held.value(), rest)));
        }
        List<Entity> entities = new ArrayList<>(s.entities());
        replaced.forEach(entities::set);
        return new HeldOut(new ListSnapshot(s.sources(), entities), cases);
    }

    /** Listed people's primary names, mistyped in one of three ways, chosen with {@code seed}. */
    public static List<EvalCase> perturbed(ListSnapshot s, int n, long seed) {
        List<Entity> people = new ArrayList<>(s.entities().stream()
                .filter(e -> e.schema() == Schema.PERSON && e.caption().split(" ").length >= 3).toList());
        Collections.shuffle(people, new Random(seed));
        Random r = new Random(seed + 1);
        List<EvalCase> out = new ArrayList<>();
        for (Entity e : people) {
            if (out.size() >= n) {
                break;
            }
            boolean surnameFirst = e.caption().contains(",");
            List<String> tokens = new ArrayList<>(Arrays.asList(e.caption().replace(",", "").split(" ")));
            String kind;
            switch (out.size() % 3) {
                case 0 -> {
                    int t = longest(tokens);
                    char[] c = tokens.get(t).toCharArray();
                    if (c.length < 5) {
                        continue;
                    }
                    int at = 1 + r.nextInt(c.length - 3);
                    char x = c[at];
                    c[at] = c[at + 1];
                    c[at + 1] = x;
                    tokens.set(t, new String(c));
                    kind = "typo";
                }
                case 1 -> {
                    // drop the patronymic or middle name: last in "SURNAME, Given Middle", second-last in "Given Middle SURNAME"
                    tokens.remove(surnameFirst ? tokens.size() - 1 : tokens.size() - 2);
                    kind = "dropped-middle";
                }
                default -> {
                    Collections.reverse(tokens);
                    kind = "reordered";
                }
            }
            out.add(new EvalCase("perturbed-" + kind, String.join(" ", tokens), Schema.PERSON, Set.of(e.id()),
                    "from " + e.caption()));
        }
        return out;
    }

    private static int longest(List<String> tokens) {
        int best = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).length() > tokens.get(best).length()) {
                best = i;
            }
        }
        return best;
    }

    static String squash(String s) {
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}

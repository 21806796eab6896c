package org.kordon.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A name's trailing part in brackets is an alternative, not more of the name: lists and customer files add an
 * acronym or a short form there ({@code "Design Bureau of Navigation Systems (NAVIS)"}, {@code "LLC Mayak (ООО
 * ‘МАЯК’)"}, {@code "CENTRAL MILITARY COMMISSION OF THE WORKERS’ PARTY OF KOREA (CMC)"}), which another list leaves
 * out. Weighed as a word of the name, it costs a listed name its match: NAVIS is "not in listed name" and ISSP
 * "missing". Both sides therefore also read the name without it: the index files the shorter form as one more name
 * of the entity, and a query is screened in both forms, the better score kept.
 *
 * <p>Only a last bracketed part after at least two words counts: {@code "Rostec (Russian Technologies State
 * Corporation)"} keeps its one word and its long form together; a part that names only places is a qualifier and
 * stays ({@code "PJSC VTB BANK (KIEV)"}). Stateless.
 */
final class ParenthesisedPart {
    private ParenthesisedPart() {
    }

    /**
     * The name without its trailing bracketed part, or null when it has none, too little before it, or when the part
     * names only places: then it tells one party from another, not one name from another ("PJSC VTB BANK (KIEV)" is
     * not VTB Bank).
     */
    static @Nullable String without(String name, NameAnalyzer analyzer) {
        String s = name.strip();
        if (!(s.endsWith(")") || s.endsWith("]"))) {
            return null;
        }
        char open = s.endsWith(")") ? '(' : '[';
        int at = s.lastIndexOf(open);
        if (at <= 0) {
            return null;
        }
        String before = s.substring(0, at).strip();
        if (before.indexOf('(') >= 0 && before.lastIndexOf('(') > before.lastIndexOf(')')) {
            return null; // an unbalanced bracket before: not a trailing part
        }
        if (before.split("[\\s,]+").length < 2) {
            return null;
        }
        List<String> inside = analyzer.analyze(s.substring(at + 1, s.length() - 1)).tokens();
        return !inside.isEmpty() && inside.stream().allMatch(analyzer::isPlaceName) ? null : before;
    }

    /**
     * The forms a name is read in: itself, then itself without its trailing bracketed part when it has one, then the
     * subsidiary of a name written "parent, subsidiary" ({@link ParentPrefix}), without its own bracketed part too.
     */
    static List<String> forms(String name, NameAnalyzer analyzer) {
        String shorter = without(name, analyzer);
        String child = ParentPrefix.without(shorter == null ? name : shorter, analyzer);
        if (child == null) {
            return shorter == null ? List.of(name) : List.of(name, shorter);
        }
        return shorter == null ? List.of(name, child) : List.of(name, shorter, child);
    }
}

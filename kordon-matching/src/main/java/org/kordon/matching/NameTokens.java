package org.kordon.matching;

import java.util.List;
import java.util.Objects;

/**
 * The words of a name or a text as the screening engine sees them, for callers that must fold text the same way
 * listed names are folded (the document scanner compares a text's words with the listed names' words).
 *
 * <pre>{@code
 * NameTokens.fold("Юрий Ковальчук")                                  // [iuri, kovalchuk]
 * NameTokens.of("PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA")     // [sberbank, russia]
 * }</pre>
 *
 * <p>Both run the one analysis chain of {@code NameAnalyzer}; nothing here changes how names are scored.
 * Stateless and thread-safe.
 */
public final class NameTokens {
    private NameTokens() {
    }

    /**
     * The folded words of a text, in order, nothing dropped: normalised, transliterated to Latin, romanisation
     * variants and given-name or organisation-word equivalents folded. Punctuation separates words; apostrophes
     * join them ({@code "O'Brien"} gives {@code [obrien]}). An empty or blank text gives an empty list.
     */
    public static List<String> fold(String text) {
        Objects.requireNonNull(text, "text");
        return NameAnalyzer.DEFAULT.foldedWords(text);
    }

    /**
     * The words of a name that take part in matching, after the whole chain: folded as {@link #fold}, with legal
     * forms, titles and connecting words dropped (a name that is only a legal form keeps it).
     */
    public static List<String> of(String name) {
        Objects.requireNonNull(name, "name");
        return NameAnalyzer.DEFAULT.analyze(name).tokens();
    }

    /**
     * Whether a folded word ({@link #fold}) names a country, its people or a large region or city, as the engine's
     * place list has it ("kazakh", "georgia", "ssha"): a fact about where a party is, not who it is.
     */
    public static boolean isPlace(String folded) {
        Objects.requireNonNull(folded, "folded");
        return NameAnalyzer.DEFAULT.isPlaceName(folded);
    }

    /**
     * Whether a folded word ({@link #fold}) is a generic word of organisation names in any of its languages, as the
     * engine's organisation-word classes have it ("bank" for банка, "national" for национального, "group").
     */
    public static boolean isOrganisationWord(String folded) {
        Objects.requireNonNull(folded, "folded");
        return NameAnalyzer.DEFAULT.isOrganisationWord(folded);
    }
}

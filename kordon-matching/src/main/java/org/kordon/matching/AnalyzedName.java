package org.kordon.matching;

import java.util.List;

/**
 * A name after the analysis chain.
 *
 * @param original      the name as given
 * @param latin         normalised and transliterated, words separated by one space: what Jaro-Winkler
 *                      baselines compare ({@code "putin vladimir vladimirovich"})
 * @param tokens        the folded words that take part in matching, legal forms, titles and connecting
 *                      words removed ({@code [putin, vladimir, vladimirovich]})
 * @param legalForms    the legal forms dropped, e.g. {@code [pao]}
 * @param titles        the titles dropped, e.g. {@code [sheikh]}
 * @param unfolded      each token as the Latin text wrote it, before folding ({@code [christohper]} for the token
 *                      {@code christohper}, {@code [khodorkovskiy]} for {@code hodorkovski})
 */
record AnalyzedName(String original, String latin, List<String> tokens, List<String> legalForms, List<String> titles,
                    List<String> unfolded) {
    AnalyzedName {
        tokens = List.copyOf(tokens);
        unfolded = List.copyOf(unfolded);
        legalForms = List.copyOf(legalForms);
        titles = List.copyOf(titles);
    }
}

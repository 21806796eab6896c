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
 * @param legalForms    the codes of the legal forms dropped, in the order met: {@code [pjsc]} for "ПАО Сбербанк" and
 *                      for "Sberbank PJSC". Two names have the same legal form iff their codes are equal; the classes
 *                      are those of {@code legal-forms.txt} (one class a line, code first), grouped by what the form
 *                      is, not by country or language: {@code llc} (private limited company: LLC, OOO/ООО, Ltd,
 *                      GmbH, SARL, SRL, BV, Sp. z o.o., TOO/ТОО/ЖШС, ТАА, Cong ty TNHH, 有限公司, FZE, FZCO...),
 *                      {@code jsc} (joint-stock company: JSC, AO/АО, ZAO, AG, SA, SAL, NV, SpA, A.Ş., 股份有限公司...),
 *                      {@code pjsc} (public joint-stock company: PJSC, PAO/ПАО, OAO, ПАТ), {@code plc}, {@code corp}
 *                      (Inc, Corporation, корпорация), {@code lp}, {@code llp}, {@code sole}, {@code sue} (state
 *                      unitary enterprise), {@code npo}... The code {@code company} is the bare word (Co., Company,
 *                      şirketi, sherkat): it names no form and agrees with every code. Empty when the name has no
 *                      legal form, and always for a name analysed as a person's
 * @param titles        the titles dropped, e.g. {@code [sheikh]}; generational suffixes too ({@code [iii]})
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

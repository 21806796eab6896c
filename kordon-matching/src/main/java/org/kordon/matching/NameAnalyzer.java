package org.kordon.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The name-analysis chain, assembled in one place. Every listed name and every query goes through it.
 *
 * <pre>
 *   "ПАО Сбербанк"  --1 TextNormalizer-------> "пао сбербанк"
 *                   --2 ScriptTransliterator--> "pao sberbank"
 *                   --3 Tokenizer-------------> [pao, sberbank]
 *                   --4 RomanisationFolder----> [pao, sberbank]
 *                   --4b WordEquivalents x2---> [pao, sberbank]   (given names, organisation words: Євген -> evgeni, завод -> plant)
 *                   --5 PhraseFilter x3-------> [sberbank]        (legal forms, titles, connecting words)
 *                   --6 PhoneticKeys----------> d:sberbank, m:SPRP, s:sbrbnk, d:berbank ...  (by the index)
 * </pre>
 *
 * <p>Folding (4) comes before dropping (5), not after as one might expect: the phrase lists are analysed by
 * steps 1-4 too, so one line "obshchestvo s ogranichennoy otvetstvennostyu" also removes the spelling
 * "obschestvo s ogranichenoi otvetstvennostiu" and the Cyrillic original. Step 6 runs once per distinct word
 * when the index is built, and once per query word.
 *
 * <p>{@code analyze("PUTIN, Vladimir Vladimirovich").tokens()} is {@code [putin, vladimir, vladimirovich]}.
 * Immutable and thread-safe; {@link #DEFAULT} is the instance every screener uses.
 */
final class NameAnalyzer {
    static final NameAnalyzer DEFAULT = new NameAnalyzer();

    private final WordEquivalents givenNames;
    private final WordEquivalents organisationWords;
    private final PhraseFilter legalForms;
    private final PhraseFilter titles;
    private final PhraseFilter connectors;
    private final java.util.Set<String> placeNames;

    private NameAnalyzer() {
        givenNames = WordEquivalents.fromResource("given-names.txt", NameAnalyzer::romanisedWords, true);
        organisationWords = WordEquivalents.fromResource("organisation-words.txt", NameAnalyzer::romanisedWords, false);
        legalForms = PhraseFilter.fromResource("legal-forms.txt", this::foldedWords);
        titles = PhraseFilter.fromResource("titles.txt", this::foldedWords);
        connectors = PhraseFilter.fromResource("stopwords.txt", this::foldedWords);
        java.util.Set<String> places = new java.util.HashSet<>();
        PhraseFilter.readLines("place-names.txt", line -> places.addAll(foldedWords(line)));
        placeNames = java.util.Set.copyOf(places);
    }

    AnalyzedName analyze(String name) {
        String latin = ScriptTransliterator.toLatin(TextNormalizer.normalize(name));
        List<String> unfolded = Tokenizer.split(latin);
        List<String> words = fold(unfolded);
        PhraseFilter.Result lf = legalForms.apply(words, unfolded);
        PhraseFilter.Result tt = titles.apply(lf.kept(), lf.keptShown());
        PhraseFilter.Result cw = connectors.apply(tt.kept(), tt.keptShown());
        return new AnalyzedName(name, latin, cw.kept(), lf.dropped(), tt.dropped(), cw.keptShown());
    }

    /** Whether a folded word names a country, region or large city ({@code place-names.txt}): "georgia", "rusia". */
    boolean isPlaceName(String word) {
        return placeNames.contains(word);
    }

    /** Steps 1-4b: the folded, canonical words of a text. */
    List<String> foldedWords(String text) {
        return fold(Tokenizer.split(ScriptTransliterator.toLatin(TextNormalizer.normalize(text))));
    }

    /** Steps 1-4: the folded words of a text, before equivalents (what the equivalence files are read with). */
    static List<String> romanisedWords(String text) {
        List<String> words = Tokenizer.split(ScriptTransliterator.toLatin(TextNormalizer.normalize(text)));
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(RomanisationFolder.fold(w));
        }
        return out;
    }

    private List<String> fold(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(organisationWords.apply(givenNames.apply(RomanisationFolder.fold(w))));
        }
        return out;
    }
}

package org.kordon.matching;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kordon.model.Schema;

/**
 * The name-analysis chain, assembled in one place. Every listed name and every query goes through it.
 *
 * <pre>
 *   "ПАО Сбербанк"  --1 TextNormalizer-------> "пао сбербанк"
 *                   --2 ScriptTransliterator--> "pao sberbank"
 *                   --3 Tokenizer-------------> [pao, sberbank]
 *                   --4a KoreanNames----------> (a Korean name only: Chong, Jeong -> jong; Pyong -> byong; Lee, Yi -> ri)
 *                   --4 RomanisationFolder----> [pao, sberbank]
 *                   --4b WordEquivalents x2---> [pao, sberbank]   (given names, organisation words: Євген -> evgeni, завод -> plant)
 *                   --4c NameParticles--------> [pao, sberbank]   (Arabic particles: Abdelaziz -> abdulaziz, ibn -> bin)
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
    /**
     * Roman generational numbers after the first word, as digit words: folding would make "II" and "III" the
     * initial "i". IV is not one of them: written without dots it is as likely the initials I. V.
     */
    private static final java.util.Map<String, String> GENERATIONS = java.util.Map.of("ii", "2", "iii", "3");

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

    /** A name whose kind is not known: as {@link #analyze(String, Schema)} with no schema. */
    AnalyzedName analyze(String name) {
        return analyze(name, null);
    }

    /**
     * Analyses a name of the given kind ({@code null}: not known). Legal forms are never dropped from a person's
     * name: the surname Sá of {@code analyze("Sá Carneiro", PERSON)} stays the word {@code sa}, while
     * {@code analyze("Banco Carneiro SA", COMPANY)} and {@code analyze("Banco Carneiro SA")} drop the legal form. (A
     * rule by position, "only at the start or end", would make the words a name keeps depend on their order, and
     * word order is for the scorer to weigh; a name of unknown kind is analysed as an organisation's would be.) A generational
     * number ending a name of three or more words ({@code "John Smith III"}) is dropped with the titles; elsewhere
     * II and III are the digit words {@code 2} and {@code 3}, never the initial {@code i}.
     */
    AnalyzedName analyze(String name, @Nullable Schema schema) {
        String latin = ScriptTransliterator.toLatin(TextNormalizer.normalize(name));
        List<String> unfolded = Tokenizer.split(latin);
        List<String> generation = List.of();
        int last = unfolded.size() - 1;
        if (last >= 2 && GENERATIONS.containsKey(unfolded.get(last))) {
            generation = List.of(unfolded.get(last));
            unfolded = unfolded.subList(0, last);
        }
        List<String> folded = fold(unfolded);
        unfolded = new ArrayList<>(unfolded);
        organisationWords.joinPairs(folded, unfolded);
        NameParticles.Result p = NameParticles.apply(folded, unfolded);
        List<String> words = p.words();
        unfolded = p.shown();
        PhraseFilter.Result lf = schema == Schema.PERSON
                ? new PhraseFilter.Result(words, unfolded, List.of(), List.of())
                : legalForms.apply(words, unfolded);
        PhraseFilter.Result tt = titles.apply(lf.kept(), lf.keptShown());
        PhraseFilter.Result cw = connectors.apply(tt.kept(), tt.keptShown());
        List<String> titlesDropped = tt.dropped();
        if (!generation.isEmpty()) {
            titlesDropped = new ArrayList<>(titlesDropped);
            titlesDropped.addAll(generation);
        }
        return new AnalyzedName(name, latin, cw.kept(), lf.codes(), titlesDropped, cw.keptShown());
    }

    /** Whether a folded word names a country, region or large city ({@code place-names.txt}): "georgia", "rusia". */
    boolean isPlaceName(String word) {
        return placeNames.contains(word);
    }

    /** Whether a folded word is the canonical word of an organisation-word class ({@code group}, {@code plant}). */
    boolean isOrganisationWord(String word) {
        return organisationWords.isCanonical(word);
    }

    /** Steps 1-4c: the folded, canonical words of a text. */
    List<String> foldedWords(String text) {
        List<String> words = Tokenizer.split(ScriptTransliterator.toLatin(TextNormalizer.normalize(text)));
        List<String> folded = fold(words);
        organisationWords.joinPairs(folded, words);
        return NameParticles.apply(folded, words).words();
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
        List<String> korean = KoreanNames.foldName(words);
        RomanisationFolder.Scheme scheme = RomanisationFolder.Scheme.of(words);
        for (int i = 0; i < words.size(); i++) {
            String w = korean.get(i);
            String generation = i > 0 ? GENERATIONS.get(w) : null;
            out.add(generation != null ? generation
                    : organisationWords.apply(givenNames.apply(RomanisationFolder.fold(w, scheme))));
        }
        return out;
    }
}

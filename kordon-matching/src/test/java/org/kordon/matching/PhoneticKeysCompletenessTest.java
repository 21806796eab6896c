package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.testkit.SharedData;
import org.kordon.model.ListSnapshot;

/**
 * The index never misses a pair of words {@link TokenSimilarity} accepts: whatever the similarity scores above 0
 * shares a {@link PhoneticKeys} key. Checked exhaustively for sampled real list words against the whole
 * dictionary of the shared lists, and on generated edits (substitutions, insertions, deletions, transpositions,
 * vowel changes) of real names, short words included. When the similarity rules change (a new rule, a lower
 * threshold), these tests name the pairs the keys no longer link.
 */
class PhoneticKeysCompletenessTest {
    private static Set<String> keys(String w) {
        Set<String> s = new HashSet<>();
        PhoneticKeys.keys(w, s::add);
        return s;
    }

    private static boolean linked(String a, String b) {
        Set<String> s = keys(a);
        s.retainAll(keys(b));
        return !s.isEmpty();
    }

    @Test
    void keys_everyPairTheSimilarityAccepts_shareAKey_onRealListWords() {
        ListSnapshot lists = ListLoader.load(List.of(SharedData.require("lists")), LoadOptions.defaults()).snapshot();
        NameIndex index = new NameIndex(lists, NameAnalyzer.DEFAULT);
        Random rnd = new Random(18);
        List<Integer> sample = new ArrayList<>();
        List<Integer> longWords = new ArrayList<>();
        for (int w = 0; w < index.words.length; w++) {
            if (index.words[w].length() >= 11) {
                longWords.add(w);
            }
        }
        for (int k = 0; k < 120; k++) {
            sample.add(rnd.nextInt(index.words.length));
        }
        for (int k = 0; k < 60 && !longWords.isEmpty(); k++) {
            sample.add(longWords.get(rnd.nextInt(longWords.size()))); // where two to five edits are accepted
        }
        Set<String> misses = new TreeSet<>();
        int accepted = 0;
        for (int q : sample) {
            String a = index.words[q];
            if (a.length() == 1) {
                continue; // initials are compared by rule, not linked
            }
            IntList found = new IntList(64);
            PhoneticKeys.keys(a, k -> index.keyWords.addWords(k, found));
            Set<Integer> linked = new HashSet<>();
            for (int k = 0; k < found.size(); k++) {
                linked.add(found.get(k));
            }
            String am = a.length() < PhoneticKeys.MIN_FUZZY_LENGTH ? "" : PhoneticKeys.metaphone(a);
            String as = PhoneticKeys.skeleton(a);
            for (int w = 0; w < index.words.length; w++) {
                String b = index.words[w];
                if (b.length() == 1) {
                    continue;
                }
                double s = TokenSimilarity.similarity(a, am, as, b, index.metaphone[w], index.skeleton[w]);
                if (s > 0) {
                    accepted++;
                    if (!linked.contains(w) || !linked(a, b)) {
                        misses.add(String.format(Locale.ROOT, "%s ~ %s %.2f", a, b, s));
                    }
                }
            }
        }
        assertThat(accepted).as("pairs the similarity accepts among the sampled words").isGreaterThan(sample.size());
        assertThat(misses).as("pairs the similarity accepts that share no key").isEmpty();
    }

    @Provide
    Arbitrary<String> realWords() {
        Set<String> words = new TreeSet<>(List.of("mid", "med", "leo", "ali", "abu", "bin", "ibn", "putin", "salman", "muhammad",
                "abdulrahman", "mukhammadjonovich", "nizhnekamskneftekhim", "aleksandrovich", "internationale"));
        Fixtures.LIST.entities().forEach(e -> e.names().forEach(n -> words.addAll(NameAnalyzer.DEFAULT.analyze(n.value()).tokens())));
        words.removeIf(w -> w.length() < 3);
        return Arbitraries.of(List.copyOf(words));
    }

    /** A real word and the same word after one to six random edits, as typists and transliterators make them. */
    @Property(tries = 3000)
    void keys_editedRealWords_shareAKeyWheneverTheSimilarityAcceptsThem(@ForAll("realWords") String word, @ForAll long seed) {
        Random rnd = new Random(seed);
        String edited = edit(word, 1 + rnd.nextInt(Math.max(1, word.length() / 3)), rnd);
        if (edited.isEmpty() || edited.equals(word)) {
            return;
        }
        double s = TokenSimilarity.similarity(word, edited);
        if (s > 0) {
            assertThat(linked(word, edited)).as("%s ~ %s %.2f share a key", word, edited, s).isTrue();
        }
    }

    /** The index's shortcut for pairs linked by edit keys alone agrees with the similarity's own edit distance. */
    @Property(tries = 2000)
    void withinEdits_agreesWithTheEditDistanceCap(@ForAll("realWords") String word, @ForAll long seed) {
        Random rnd = new Random(seed);
        String edited = edit(word, 1 + rnd.nextInt(5), rnd);
        int cap = PhoneticKeys.editsAccepted(Math.max(word.length(), edited.length()));
        assertThat(PhoneticKeys.withinEdits(word, edited)).as("%s ~ %s", word, edited)
                .isEqualTo(TokenSimilarity.osaDistance(word, edited) <= cap);
    }

    @Test
    void withinEdits_realVariants() {
        assertThat(PhoneticKeys.withinEdits("kovalchuk", "kovaltshuk")).isTrue();
        assertThat(PhoneticKeys.withinEdits("knutsen", "knusten")).isTrue();
        assertThat(PhoneticKeys.withinEdits("putin", "patan")).isFalse();
        assertThat(PhoneticKeys.withinEdits("abramov", "abramovich")).isFalse();
    }

    @Test
    void keys_twoEditsAtNineLetters_areLinked() {
        // "Kowaltschuk" (German) folds to "kovaltshuk", two edits from "kovalchuk": accepted, so it must be linked
        assertThat(TokenSimilarity.similarity("kovaltshuk", "kovalchuk")).isPositive();
        assertThat(linked("kovaltshuk", "kovalchuk")).isTrue();
    }

    @Test
    void keys_twoEditsAtThirteenLetters_areLinked() {
        assertThat(TokenSimilarity.similarity("abdulrahmanov", "abdulrakhmanof")).isPositive();
        assertThat(linked("abdulrahmanov", "abdulrakhmanof")).isTrue();
    }

    @Test
    void similarity_threeEditsBelowSixteenLetters_isAnotherName() {
        // Jaro-Winkler 0.87, but three edits: another patronymic, not a spelling of this one
        assertThat(TokenSimilarity.osaDistance("bladimirovich", "kasimirovich")).isEqualTo(3);
        assertThat(TokenSimilarity.similarity("bladimirovich", "kasimirovich")).isZero();
    }

    @Test
    void keys_longWords_areLinkedByTheirLengths() {
        // 17 and 19 letters: four edits accepted; filed by the pair of lengths, not by thousands of deletions
        String a = "nizhnekamskneftekhim";
        String b = "nizhnikamskneftikhym";
        assertThat(TokenSimilarity.similarity(a, b)).isPositive();
        assertThat(linked(a, b)).isTrue();
        assertThat(keys(a)).filteredOn(k -> k.startsWith("d:")).hasSize(1);
    }

    @Test
    void maxEdits_followTheSimilarityCap() {
        assertThat(PhoneticKeys.maxEdits(4)).isEqualTo(1);
        assertThat(PhoneticKeys.maxEdits(7)).isEqualTo(1);
        assertThat(PhoneticKeys.maxEdits(8)).isEqualTo(2);
        assertThat(PhoneticKeys.maxEdits(11)).isEqualTo(2);
        assertThat(PhoneticKeys.maxEdits(12)).isEqualTo(2); // TokenSimilarity.MAX_EDITS below 16 letters
        assertThat(PhoneticKeys.maxEdits(15)).isEqualTo(2);
        assertThat(PhoneticKeys.maxEdits(16)).isEqualTo(4);
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String VOWELS = "aeiou";

    static String edit(String word, int edits, Random rnd) {
        StringBuilder b = new StringBuilder(word);
        for (int e = 0; e < edits && !b.isEmpty(); e++) {
            int p = rnd.nextInt(b.length());
            switch (rnd.nextInt(5)) {
                case 0 -> b.setCharAt(p, LETTERS.charAt(rnd.nextInt(LETTERS.length())));
                case 1 -> b.insert(p, LETTERS.charAt(rnd.nextInt(LETTERS.length())));
                case 2 -> b.deleteCharAt(p);
                case 3 -> {
                    if (p + 1 < b.length()) {
                        char c = b.charAt(p);
                        b.setCharAt(p, b.charAt(p + 1));
                        b.setCharAt(p + 1, c);
                    }
                }
                default -> {
                    if (VOWELS.indexOf(b.charAt(p)) >= 0) {
                        b.setCharAt(p, VOWELS.charAt(rnd.nextInt(VOWELS.length())));
                    }
                }
            }
        }
        return b.toString();
    }
}

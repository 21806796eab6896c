package org.kordon.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Whether a word is an ordinary word of English: one that the English part-of-speech dictionary of LanguageTool
 * ({@code org.languagetool:english-pos-dict}, read with morfologik) knows in lower case as something other than a
 * proper noun. "united" (a verb), "major", "back", "three", "state", "security" are common words; "putin",
 * "gazprom", "sberbank" are not in the dictionary at all, and "roman", "chelsea", "washington" only capitalised,
 * as proper nouns or adjectives of a name.
 *
 * <p>Two rules of the scanner rest on it: a single common word is not a listed name on its own (the "United" of a
 * sentence is not UNITED COMPANY OJSC), and in text written without capitals only words that are not common words
 * start a name. Words in other scripts are never common words here: there is no dictionary for them yet.
 * Thread-safe: each thread has its own look-up over the one shared dictionary.
 */
final class CommonWords {
    private static final String DICTIONARY = "org/languagetool/resource/en/english.dict";
    private static final Dictionary ENGLISH = load();
    private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(ENGLISH));

    private CommonWords() {
    }

    /** Whether {@code word} (any case) is a common English word; false for words with a letter outside Latin. */
    static boolean isCommon(String word) {
        if (word.isEmpty() || !isLatin(word)) {
            return false;
        }
        List<WordData> entries = LOOKUP.get().lookup(word.toLowerCase(Locale.ROOT));
        for (WordData entry : entries) {
            CharSequence tag = entry.getTag();
            if (tag != null && !tag.toString().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static Dictionary load() {
        URL url = CommonWords.class.getClassLoader().getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("missing " + DICTIONARY + " (the org.languagetool:english-pos-dict jar)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DICTIONARY, e);
        }
    }
}

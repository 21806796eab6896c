package org.kordon.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The forms a Russian, Ukrainian or Kazakh word may have had before a case ending was added, Russian endings
 * first, longest first:
 * {@code stems("Путина")} is {@code [Путин]}, {@code stems("Сбербанком")} is {@code [Сбербанк]},
 * {@code stems("Роснефти")} is {@code [Роснефт, Роснефть]}, {@code stems("Лавровой")} is {@code [Лавров, Лаврова]};
 * Kazakh: {@code stems("Путиннің")} has {@code Путин}, {@code stems("Сбербанкке")} has {@code Сбербанк}.
 * Only words written in Cyrillic with a stem of at least three letters are stemmed; others give an empty list.
 *
 * <p>This is no morphological analyser: it proposes stems, and the scanner keeps one only when the lists hold
 * the folded stem as a word of a listed name. So {@code Путина} resolves to {@code Putin} because a listed name
 * has the word {@code putin}. Stateless and thread-safe.
 */
final class Inflection {
    /*
     * Noun endings (genitive, dative, instrumental, prepositional) of masculine and feminine nouns and surnames;
     * adjective-like endings of surnames and organisation words. A stem that ended in ь (Роснефть) lost it, so a
     * stem ending in a consonant also gets a ь form; -ой/-ей of feminine surnames also give the -а form.
     */
    private static final String[] ENDINGS = {
        "ыми", "ими", "ого", "его", "ому", "ему", "ами", "ями", "ах", "ях",
        "ом", "ем", "ём", "ой", "ей", "ым", "им", "ую", "ою",
        "а", "я", "у", "ю", "е", "ы", "и", "і"};
    /*
     * Kazakh case endings, added to the word whole (agglutinative: Путиннің, Сбербанкке, Тоқаевтың, Газпромнан):
     * ablative, genitive, instrumental, locative, plural, dative, accusative; with their vowel-harmony and
     * consonant variants.
     */
    private static final String[] KAZAKH_ENDINGS = {
        "ндан", "нден", "нан", "нен", "дан", "ден", "тан", "тен",
        "ның", "нің", "дың", "дің", "тың", "тің",
        "мен", "бен", "пен",
        "нда", "нде", "да", "де", "та", "те",
        "лар", "лер", "дар", "дер", "тар", "тер",
        "ға", "ге", "қа", "ке", "на", "не",
        "ны", "ні", "ды", "ді", "ты", "ті"};

    private Inflection() {
    }

    static List<String> stems(String word) {
        if (!isCyrillic(word)) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(4);
        for (String e : ENDINGS) {
            if (lower.endsWith(e) && word.length() - e.length() >= 3) {
                String stem = word.substring(0, word.length() - e.length());
                add(out, stem);
                if (e.equals("ой") || e.equals("ей") || e.equals("у") || e.equals("е")) {
                    add(out, stem + (isUpper(word) ? "А" : "а"));
                }
                if (e.equals("и") || e.equals("ю") || e.equals("е")) {
                    add(out, stem + (isUpper(word) ? "Ь" : "ь"));
                }
            }
        }
        for (String e : KAZAKH_ENDINGS) {
            if (lower.endsWith(e) && word.length() - e.length() >= 3) {
                add(out, word.substring(0, word.length() - e.length()));
            }
        }
        return out;
    }

    private static void add(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }

    private static boolean isUpper(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(word.length() - 1));
    }

    static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeBlock.of(word.charAt(i)) != Character.UnicodeBlock.CYRILLIC) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}

package org.kordon.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 3 of name analysis: splits a normalised, transliterated text into words at spaces.
 *
 * <p>{@code split("putin vladimir v")} is {@code [putin, vladimir, v]}; an empty text gives an empty list.
 * Stateless and thread-safe.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>(6);
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == ' ') {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }
}

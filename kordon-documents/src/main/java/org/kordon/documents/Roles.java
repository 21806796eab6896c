package org.kordon.documents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The roles a text may give a person ("spokesman", "пресс-секретарь", "son"), read from {@code roles.txt}: one role a
 * line in its usual wordings. A role is in a text when one of its wordings is: a Latin wording as whole words, a
 * Cyrillic one at the start of a word (its case endings follow: "пресс-секретаря").
 *
 * <p>{@code Roles.in("Putin's spokesman Dmitry Peskov said")} gives the index of the spokesman role; a listing whose
 * reason says "the press secretary of President Putin" has the same role. Immutable and thread-safe.
 */
final class Roles {
    private static final List<List<String>> ROLES = read();

    private Roles() {
    }

    /** The indices of the roles whose wordings {@code text} has, in order. */
    static List<Integer> in(String text) {
        String t = " " + normalise(text) + " ";
        List<Integer> out = new ArrayList<>(2);
        for (int i = 0; i < ROLES.size(); i++) {
            for (String wording : ROLES.get(i)) {
                boolean latin = wording.chars().anyMatch(c -> c < 0x400);
                if (t.contains(" " + wording + (latin ? " " : ""))) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** The role's first wording ("spokesman"), for notes. */
    static String name(int role) {
        return ROLES.get(role).get(0);
    }

    /** Lower case; every character that is not a letter, a digit or a hyphen a space; spaces single. */
    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '-') {
                b.appendCodePoint(Character.toLowerCase(cp));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
            i += Character.charCount(cp);
        }
        return b.toString().strip();
    }

    private static List<List<String>> read() {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Roles.class.getResourceAsStream("roles.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/kordon/documents/roles.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (l.isEmpty()) {
                    continue;
                }
                List<String> wordings = new ArrayList<>();
                for (String w : l.split("\\|")) {
                    if (!w.isBlank()) {
                        wordings.add(normalise(w));
                    }
                }
                out.add(List.copyOf(wordings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource roles.txt", e);
        }
        return List.copyOf(out);
    }
}

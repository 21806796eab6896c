package org.kordon.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.store.Subject;

/**
 * A bank's customer base for benchmarks, fixed seed: mostly real-looking names that are not listed, and a small
 * share of listed names, perturbed (word order, a dropped word, one typo), as a real population has.
 */
final class Subjects {
    private static final String[] FIRST = {"John", "Maria", "Ahmed", "Olga", "Wei", "Carlos", "Anna", "David", "Fatima",
        "Ivan", "Laura", "Peter", "Sofia", "Thomas", "Aigerim", "Nurlan", "Ani", "Giorgi", "Emma", "Lucas", "Mehmet",
        "Aylin", "Jan", "Katarzyna", "Pierre", "Claire", "Hans", "Ingrid", "Kenji", "Yuki", "Priya", "Rahul", "Chen",
        "Li", "Oluwaseun", "Amina", "Diego", "Lucia", "Mikhail", "Elena", "Tomas", "Jana", "Lars", "Sigrid", "Omar",
        "Leila", "Pedro", "Ana", "Marco", "Giulia"};
    private static final String[] LAST = {"Smith", "Garcia", "Muller", "Rossi", "Novak", "Kim", "Tanaka", "Silva",
        "Johnson", "Petrova", "Ibragimova", "Sargsyan", "Beridze", "Omarov", "Dubois", "Jensen", "Kowalski", "Brown",
        "Yilmaz", "Demir", "Nowak", "Martin", "Bernard", "Schmidt", "Schneider", "Andersson", "Nilsson", "Sato",
        "Suzuki", "Sharma", "Patel", "Wang", "Zhang", "Okafor", "Adeyemi", "Hernandez", "Lopez", "Sokolov", "Popescu",
        "Horvath", "Dvorak", "Hansen", "Larsen", "Haddad", "Khalil", "Santos", "Ferreira", "Bianchi", "Romano", "Costa"};
    private static final String[] ORG = {"Trading", "Logistics", "Holding", "Systems", "Consulting", "Energy", "Group",
        "Foods", "Textiles", "Engineering"};
    private static final String[] FORM = {"LLC", "Ltd", "GmbH", "SA", "BV", "AB", "Inc"};

    private Subjects() {
    }

    /** {@code n} subjects, {@code listedShare} of them drawn from listed names, perturbed. */
    static List<Subject> population(ListSnapshot lists, int n, double listedShare, long seed) {
        Random r = new Random(seed);
        List<Entity> es = lists.entities();
        List<Subject> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name;
            if (r.nextDouble() < listedShare) {
                Entity e = es.get(r.nextInt(es.size()));
                Name nm = e.names().get(r.nextInt(e.names().size()));
                name = perturb(nm.value(), r);
            } else if (r.nextInt(8) == 0) {
                name = LAST[r.nextInt(LAST.length)] + " " + ORG[r.nextInt(ORG.length)] + " " + FORM[r.nextInt(FORM.length)];
            } else {
                name = FIRST[r.nextInt(FIRST.length)] + " " + (r.nextInt(4) == 0 ? FIRST[r.nextInt(FIRST.length)] + " " : "")
                        + LAST[r.nextInt(LAST.length)] + (r.nextInt(5) == 0 ? "-" + LAST[r.nextInt(LAST.length)] : "");
            }
            if (name.codePointCount(0, name.length()) > Subject.MAX_NAME) {
                name = name.substring(0, 200);
            }
            out.add(new Subject("S" + i, name, null, null, null, List.of(), true));
        }
        return out;
    }

    /** One perturbation: the same name, words reversed, a word dropped, or one letter changed. */
    static String perturb(String name, Random r) {
        List<String> tokens = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        switch (r.nextInt(4)) {
            case 1 -> java.util.Collections.reverse(tokens);
            case 2 -> {
                if (tokens.size() > 2) {
                    tokens.remove(r.nextInt(tokens.size()));
                }
            }
            case 3 -> {
                int t = r.nextInt(tokens.size());
                String w = tokens.get(t);
                if (w.length() > 3) {
                    int at = 1 + r.nextInt(w.length() - 2);
                    tokens.set(t, w.substring(0, at) + (char) ('a' + r.nextInt(26)) + w.substring(at + 1));
                }
            }
            default -> { }
        }
        return String.join(" ", tokens);
    }
}

package org.kordon.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.kordon.matching.Query;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;

/** Benchmark queries drawn from a snapshot with a fixed seed, so every run screens the same names. */
final class BenchQueries {
    private static final String[] FIRST = {"John", "Maria", "Ahmed", "Olga", "Wei", "Carlos", "Anna", "David", "Fatima",
        "Ivan", "Laura", "Peter", "Sofia", "Thomas", "Aigerim", "Nurlan", "Ani", "Giorgi", "Emma", "Lucas"};
    private static final String[] LAST = {"Smith", "Garcia", "Muller", "Rossi", "Novak", "Kim", "Tanaka", "Silva",
        "Johnson", "Petrova", "Ibragimova", "Sargsyan", "Beridze", "Omarov", "Dubois", "Jensen", "Kowalski", "Brown"};
    private static final String[] ORG = {"Trading", "Logistics", "Holding", "Systems", "Bank", "Energy", "Group"};

    private BenchQueries() {
    }

    /** Half listed names (a third of them perturbed), half names that are not listed. */
    static List<Query> mixed(ListSnapshot s, int n, long seed) {
        Random r = new Random(seed);
        List<Query> out = new ArrayList<>(n);
        List<Entity> es = s.entities();
        for (int i = 0; i < n; i++) {
            String name;
            if (i % 2 == 0) {
                Entity e = es.get(r.nextInt(es.size()));
                Name nm = e.names().get(r.nextInt(e.names().size()));
                name = perturb(nm.value(), r);
            } else if (i % 6 == 1) {
                name = "Alfa " + LAST[r.nextInt(LAST.length)] + " " + ORG[r.nextInt(ORG.length)] + " LLC";
            } else {
                name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            }
            out.add(new Query("q" + i, name, null, null, null, List.of()));
        }
        return out;
    }

    private static String perturb(String name, Random r) {
        List<String> tokens = new ArrayList<>(Arrays.asList(name.split(" ")));
        switch (r.nextInt(6)) {
            case 0 -> java.util.Collections.reverse(tokens);
            case 1 -> {
                if (tokens.size() > 2) {
                    tokens.remove(1);
                }
            }
            case 2 -> {
                String t = tokens.get(0);
                if (t.length() > 4) {
                    char[] c = t.toCharArray();
                    char x = c[2];
                    c[2] = c[3];
                    c[3] = x;
                    tokens.set(0, new String(c));
                }
            }
            default -> { }
        }
        return String.join(" ", tokens);
    }
}

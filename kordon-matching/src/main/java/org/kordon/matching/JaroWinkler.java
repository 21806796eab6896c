package org.kordon.matching;

/**
 * Jaro-Winkler similarity in [0,1] (prefix scale 0.1, prefix up to 4, boost above Jaro 0.7), for the hot
 * path: no allocation beyond two small flag arrays kept per thread.
 *
 * <p>{@code similarity("martha", "marhta")} is {@code 0.9611}; {@code similarity("putin", "putin")} is
 * {@code 1.0}; an empty string against anything but itself is 0. Thread-safe.
 */
final class JaroWinkler {
    private static final ThreadLocal<boolean[][]> FLAGS = ThreadLocal.withInitial(() -> new boolean[][] {new boolean[64], new boolean[64]});

    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        if (la > lb || (la == lb && a.compareTo(b) > 0)) { // shorter (then smaller) first: symmetric
            String t = a;
            a = b;
            b = t;
            la = a.length();
            lb = b.length();
        }
        boolean[][] f = FLAGS.get();
        if (f[0].length < lb) {
            f[0] = new boolean[lb * 2];
            f[1] = new boolean[lb * 2];
        }
        boolean[] ma = f[0];
        boolean[] mb = f[1];
        java.util.Arrays.fill(ma, 0, la, false);
        java.util.Arrays.fill(mb, 0, lb, false);
        int window = Math.max(0, lb / 2 - 1);
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(lb, i + window + 1);
            for (int j = from; j < to; j++) {
                if (!mb[j] && b.charAt(j) == c) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        if (jaro <= 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, la);
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }
}

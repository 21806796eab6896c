package org.kordon.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Test graphs written as text: {@code "X A 50; A B 25-50; X C ?; X D 0 appointmentOfBoard; X E 60 shareholding 2020-01-01 2024-01-01"}. */
final class Graphs {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Graphs() {
    }

    static OwnershipGraph parse(String text, String... arrangements) {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (String a : arrangements) {
            b.node(new Node(a, NodeKind.ARRANGEMENT, null, null));
        }
        for (String stake : text.split(";")) {
            String[] f = stake.strip().split("\\s+");
            StakeType type = f.length > 3 ? StakeType.parse(f[3]) : StakeType.SHAREHOLDING;
            LocalDate start = f.length > 4 && !f[4].equals("-") ? LocalDate.parse(f[4]) : null;
            LocalDate end = f.length > 5 ? LocalDate.parse(f[5]) : null;
            b.stake(new Stake(f[0], f[1], share(f[2]), type, start, end));
        }
        return b.build();
    }

    static Share share(String s) {
        if (s.equals("?")) {
            return Share.unknown();
        }
        int dash = s.indexOf('-');
        return dash < 0 ? Share.exact(new BigDecimal(s))
                : Share.between(new BigDecimal(s.substring(0, dash)), new BigDecimal(s.substring(dash + 1)));
    }

    static Evaluation eval(String text, Regime regime, String... listed) {
        return OwnershipEngine.evaluate(parse(text), Arrays.asList(listed), regime, TODAY);
    }

    static String status(Evaluation ev, String id) {
        return ev.status(id).orElseThrow().code();
    }

    static List<String> statuses(Evaluation ev, String... ids) {
        return Arrays.stream(ids).map(id -> status(ev, id)).toList();
    }
}

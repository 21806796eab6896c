package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;

/** The rule that a place name weighs at most {@link NameIndex#PLACE_IDF}. */
class PlaceNamesTest {
    /** VTB Bank Georgia among enough other banks and companies for "bank" to be common and "georgia" rare. */
    private static Screener screener() {
        List<Entity> l = new ArrayList<>();
        l.add(Fixtures.company("vtb-georgia", "VTB BANK GEORGIA JOINT STOCK COMPANY").build());
        String[] names = {"Sberbank", "Alfa Bank", "Promsvyazbank", "Bank Rossiya", "Novikombank", "Sovcombank",
            "Otkritie Bank", "Bank Zenit", "Rosneft", "Gazprom Neft", "Transneft", "Lukoil", "Novatek", "Rostec",
            "Almaz Antey", "Uralvagonzavod", "Kalashnikov Concern", "Sukhoi", "Mikoyan", "Tupolev", "Ilyushin",
            "Kamaz", "Sovcomflot", "Aeroflot", "Rostelecom", "Megafon", "Alrosa", "Norilsk Nickel", "Severstal"};
        for (int i = 0; i < names.length; i++) {
            l.add(Fixtures.company("c" + i, names[i]).build());
        }
        for (char c = 'a'; c <= 'z'; c++) { // made-up one-word companies, so that "bank" is in one name in ten
            l.add(Fixtures.company("x" + c, "Zelmor" + c + "ovka").build());
            l.add(Fixtures.company("y" + c, "Trivax" + c + "ena").build());
        }
        return Screeners.build(new ListSnapshot(List.of(Fixtures.SOURCE), l), Algorithm.KORDON);
    }

    private static double score(Screener s, String name) {
        return s.screen(Query.of(name), 0.0, 50).stream().filter(m -> m.entity().id().equals("vtb-georgia"))
                .mapToDouble(Match::score).findFirst().orElse(0.0);
    }

    @Test
    void placeNames_countryAsOnlySharedDistinctiveWord_isNoAlert() {
        Screener s = screener();
        assertThat(score(s, "Bank of Georgia")).isLessThan(Screeners.DEFAULT_THRESHOLD);
        assertThat(score(s, "VTB Bank Georgia")).isEqualTo(1.0);
        assertThat(score(s, "VTB Bank")).isGreaterThanOrEqualTo(Screeners.DEFAULT_THRESHOLD);
    }

    @Test
    void placeNames_countriesInAnyScript_areKnown() {
        NameAnalyzer a = NameAnalyzer.DEFAULT;
        assertThat(a.isPlaceName(a.analyze("Georgia").tokens().get(0))).isTrue();
        assertThat(a.isPlaceName(a.analyze("Россия").tokens().get(0))).isTrue();
        assertThat(a.isPlaceName(a.analyze("Vladimir").tokens().get(0))).isFalse();
    }
}

package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The brute-force Jaro-Winkler baseline and the OFAC-parity algorithm. */
class BaselineScreenersTest {
    private static final Screener BRUTE = Screeners.bruteForce(Fixtures.LIST);
    private static final Screener OFAC = Screeners.build(Fixtures.LIST, Algorithm.OFAC);

    @Test
    void bruteForce_exactName_scoresOne() {
        List<Match> r = BRUTE.screen(Query.of("PUTIN, Vladimir Vladimirovich"), 0.9, 3);
        assertThat(r.get(0).entity().id()).isEqualTo("putin");
        assertThat(r.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void bruteForce_reorderedName_dropsAsWholeStringJaroWinklerDoes() {
        double s = BRUTE.screen(Query.of("Vladimir Putin"), 0.0, 100).stream()
                .filter(m -> m.entity().id().equals("putin")).findFirst().orElseThrow().score();
        assertThat(s).isLessThan(0.8);
    }

    @Test
    void ofac_partialName_saturatesAsOfacDoes() {
        // the behaviour the Kordon algorithm fixes: every name part found counts as a full match
        List<Match> r = OFAC.screen(Query.of("Khamis Al"), 0.9, 5);
        assertThat(r).extracting(m -> m.entity().id()).contains("khamis-issawi");
        assertThat(r.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void ofac_reorderedName_matchesWordByWord() {
        List<Match> r = OFAC.screen(Query.of("Vladimir Putin"), 0.9, 3);
        assertThat(r.get(0).entity().id()).isEqualTo("putin");
        assertThat(r.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void ofac_soundexAlike_scoresHigh() {
        List<Match> r = OFAC.screen(Query.of("George Habash"), 0.85, 3);
        assertThat(r.get(0).entity().id()).isEqualTo("habbash");
    }

    @Test
    void ofac_explains() {
        Match m = OFAC.screen(Query.of("Sberbank"), 0.9, 1).get(0);
        assertThat(m.explanation().summary()).startsWith("name 1.00 \"Sberbank\" ~ ").contains("SBERBANK").contains("OFAC");
    }
}

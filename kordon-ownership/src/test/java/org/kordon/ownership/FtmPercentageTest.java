package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FtM percentages written as text become the intervals they state (issue 23: "more than 50%" stopped the whole
 * load); the rules then respect them, an interval across a threshold being undetermined.
 */
class FtmPercentageTest {
    static final GraphLoader.Where W = new GraphLoader.Where("own.ftm.json", 3);

    @TempDir Path tmp;

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "50            | 50%",
            "50,5 %        | 50.5%",
            "25-50%        | 25-50%",
            "25 - 50 %     | 25-50%",
            "25% to 50%    | 25-50%",
            "between 25 and 50 | 25-50%",
            "more than 50% | 50.0001-100%",
            "Over 25 per cent | 25.0001-100%",
            ">50%          | 50.0001-100%",
            "50% or more   | 50-100%",
            "at least 75%  | 75-100%",
            "≥ 50          | 50-100%",
            "<10%          | 0-9.9999%",
            "less than 25% | 0-24.9999%",
            "up to 25%     | 0-25%",
            "≤25           | 0-25%",
    })
    void percentage_textAsTheIntervalItStates(String text, String interval) {
        assertThat(GraphLoader.percentage(text, W)).hasToString(interval);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"about half", "50 or 60", "roughly 50%", "-5"})
    void percentage_textKordonDoesNotRead_refusedNamingFileLineAndField(String text) {
        assertThatThrownBy(() -> GraphLoader.percentage(text, W)).isInstanceOf(OwnershipFormatException.class)
                .hasMessageStartingWith("own.ftm.json line 3: field percentage: not a percentage Kordon reads: '" + text + "'");
    }

    Evaluation eval(String percentage, Regime regime) throws Exception {
        Path f = Files.writeString(tmp.resolve("own.ftm.json"), """
                {"id":"p1","schema":"Person","properties":{"name":["Ivan Oligarkhov"]}}
                {"id":"c1","schema":"Company","properties":{"name":["Front A LLP"]}}
                {"id":"o1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"],"percentage":["%s"]}}
                """.formatted(percentage));
        return OwnershipEngine.evaluate(GraphLoader.load(List.of(f)).graph(), Set.of("p1"), regime, Graphs.TODAY);
    }

    @Test
    void moreThanFiftyPercent_isAMajorityUnderEveryRegime() throws Exception {
        for (Regime r : List.of(Regime.OFAC, Regime.EU, Regime.UK)) {
            assertThat(eval("more than 50%", r).status("c1")).as(r.code()).contains(Status.BLOCKED);
        }
    }

    @Test
    void aBandAcrossTheThreshold_isUndeterminedNeverBlockedOrClear() throws Exception {
        assertThat(eval("25-50%", Regime.OFAC).status("c1")).contains(Status.UNDETERMINED);
        assertThat(eval("50% or more", Regime.UK).status("c1")).contains(Status.UNDETERMINED);
    }

    @Test
    void underTenPercent_isClear() throws Exception {
        assertThat(eval("<10%", Regime.EU).status("c1")).contains(Status.CLEAR);
    }
}

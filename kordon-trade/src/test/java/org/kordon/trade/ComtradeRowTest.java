package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ComtradeRow}: the one reading of a Comtrade row that kordon trade and Kordon on Spark share. */
class ComtradeRowTest {
    private static ComtradeRow.Raw api(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return ComtradeRow.raw(ComtradeRow.Layout.API, m::get);
    }

    @Test
    void layout_isFoundByItsColumns_orNullForAnotherTable() {
        assertThat(ComtradeRow.Layout.of(Set.of("primaryvalue", "cmdcode", "period"))).isEqualTo(ComtradeRow.Layout.API);
        assertThat(ComtradeRow.Layout.of(Set.of("trade_value_us", "commodity_code"))).isEqualTo(ComtradeRow.Layout.LEGACY);
        assertThat(ComtradeRow.Layout.of(Set.of("value_eur", "product_code"))).isNull();
    }

    @Test
    void parse_apiRow_readsCodesFigureAndBreakdown() {
        ComtradeRow r = ComtradeRow.parse(api("reporteriso", "ARM", "partneriso", "RUS", "cmdcode", "85423190", "flowcode", "X",
                "period", "2021-03", "primaryvalue", "1,250.5", "netwgt", "NA", "motcode", "3200"), "f.csv line 2", why -> { });
        assertThat(r).isEqualTo(new ComtradeRow("AM", "RU", "854231", Flow.Direction.EXPORT, new Period(2021, 3), 1250.5, Double.NaN, true));
    }

    @Test
    void parse_hs2017AircraftParts_becomeHs2022() {
        ComtradeRow r = ComtradeRow.parse(api("reporteriso", "ARM", "partneriso", "RUS", "cmdcode", "880330", "flowcode", "M",
                "period", "2021", "primaryvalue", "10"), "f.csv line 2", why -> { });
        assertThat(r.product()).isEqualTo("880730");
    }

    @Test
    void parse_aggregatePartnerOrNoValue_isDroppedSayingWhy() {
        List<String> dropped = new ArrayList<>();
        assertThat(ComtradeRow.parse(api("reporteriso", "ARM", "partneriso", "W00", "cmdcode", "854231", "flowcode", "X",
                "period", "2021", "primaryvalue", "1"), "f.csv line 2", dropped::add)).isNull();
        assertThat(ComtradeRow.parse(api("reporteriso", "ARM", "partneriso", "RUS", "cmdcode", "854231", "flowcode", "X",
                "period", "2021", "primaryvalue", ":"), "f.csv line 3", dropped::add)).isNull();
        assertThat(dropped).containsExactly("rows of an aggregate or unknown partner (World, EU, areas)", "rows without a value");
    }

    @Test
    void parse_malformedFlow_namesWhereAndField() {
        assertThatThrownBy(() -> ComtradeRow.parse(api("reporteriso", "ARM", "partneriso", "RUS", "cmdcode", "854231", "flowcode", "Q",
                "period", "2021", "primaryvalue", "1"), "f.csv line 4", why -> { })).isInstanceOf(TradeFormatException.class)
                .hasMessage("f.csv line 4: field flow: flow 'Q' is not X, M, RX, RM, EXPORT or IMPORT");
    }

    @Test
    void raw_legacyWithoutTradeCode_takesTradeFlowCodeAndTheReporterByName() {
        Map<String, String> m = Map.of("reporter", "Armenia", "partner_iso", "RUS", "commodity_code", "854231", "trade_flow_code", "2",
                "period", "2021", "trade_value_us", "5", "mot_code", "0");
        ComtradeRow r = ComtradeRow.parse(ComtradeRow.raw(ComtradeRow.Layout.LEGACY, m::get), "f.csv line 2", why -> { });
        assertThat(r).isEqualTo(new ComtradeRow("AM", "RU", "854231", Flow.Direction.EXPORT, new Period(2021, 0), 5, Double.NaN, false));
    }
}

package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

class CleanAlertTest {
    private static final SourceRef SRC = new SourceRef("test", null);
    private static final ListSnapshot LIST = new ListSnapshot(List.of(SRC), List.of(
            Entity.builder("p1", Schema.PERSON).source(SRC).name("PUTIN, Vladimir Vladimirovich", NameKind.PRIMARY)
                    .birthDate(DateRange.parse("1952-10-07")).build(),
            Entity.builder("p2", Schema.PERSON).source(SRC).name("LAVROV, Sergei Viktorovich", NameKind.PRIMARY).build()));

    private static EvalRun cleanRun(List<EvalCase> cases) {
        Screener s = Screeners.build(LIST, Algorithm.KORDON);
        return new EvalRun(Map.of(), Map.of("kordon", Evaluation.runClean(s, cases, n -> { })), 0, List.of("test"));
    }

    private static EvalCase clean(String set, String name, PartialDate born, String country) {
        return new EvalCase(set, name, Schema.PERSON, Set.of(), "ru", born, country, List.of());
    }

    @Test
    void of_keepsOnlyQueriesAlertingAtTheThreshold_withTheirQueryAndBestMatch() {
        EvalRun run = cleanRun(List.of(
                clean("clean-person", "Sergei Lavrov", PartialDate.parse("1950-03-21"), "ru"),
                clean("clean-person", "Angela Merkel", PartialDate.parse("1954-07-17"), "de"),
                clean("clean-person (name only)", "Vladimir Putin", null, null)));
        List<CleanAlert> alerts = CleanAlert.of(run, Screeners.DEFAULT_THRESHOLD);
        assertThat(alerts).extracting(CleanAlert::query).containsExactly("Sergei Lavrov", "Vladimir Putin");
        CleanAlert lavrov = alerts.get(0);
        assertThat(lavrov.set()).isEqualTo("clean-person");
        assertThat(lavrov.birthDate()).isEqualTo("1950-03-21");
        assertThat(lavrov.country()).isEqualTo("ru");
        assertThat(lavrov.match().entity().id()).isEqualTo("p2");
        assertThat(alerts.get(1).birthDate()).isEmpty();
        assertThat(alerts.get(1).country()).isEmpty();
    }

    @Test
    void of_aboveEveryScore_isEmpty() {
        EvalRun run = cleanRun(List.of(clean("clean-person", "Sergei Lavrov", null, null)));
        assertThat(CleanAlert.of(run, 1.0001)).isEmpty();
    }

    @Test
    void writeCsv_oneRowPerAlert_withHeaderScoreAndExplanation() throws Exception {
        EvalRun run = cleanRun(List.of(clean("clean-person", "Vladimir Putin", PartialDate.parse("1999-01-01"), "ru"),
                clean("clean-person", "Sergei Lavrov", null, "ru")));
        List<CleanAlert> alerts = CleanAlert.of(run, 0.5);
        StringBuilder csv = new StringBuilder();
        CleanAlert.writeCsv(alerts, csv);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(csv.toString()).startsWith(String.join(",", CleanAlert.HEADER) + "\r\n");
        assertThat(rows).hasSize(alerts.size()).isNotEmpty();
        for (CSVRecord r : rows) {
            CleanAlert a = alerts.get((int) r.getRecordNumber() - 1);
            assertThat(r.get("query")).isEqualTo(a.query());
            assertThat(r.get("entity_id")).isEqualTo(a.match().entity().id());
            assertThat(Double.parseDouble(r.get("score"))).isGreaterThanOrEqualTo(0.5).isCloseTo(a.match().score(),
                    org.assertj.core.data.Offset.offset(0.0001));
            assertThat(r.get("explanation")).startsWith("name ").contains(a.query());
        }
        // the birth date 47 years away from Putin's is in the explanation
        assertThat(rows.stream().filter(r -> r.get("query").equals("Vladimir Putin")).findFirst().orElseThrow()
                .get("explanation")).contains("conflicts with listed");
    }
}

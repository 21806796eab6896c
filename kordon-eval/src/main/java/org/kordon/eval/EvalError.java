package org.kordon.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.matching.Match;

/**
 * The labelled cases Kordon gets wrong at a threshold: every positive case that finds none of its expected entities
 * at or above it (a {@code miss}), and every case that alerts on an entity it should not find instead (a
 * {@code false-alert}), for an engineer to read and group by cause.
 *
 * <p>Rows are ordered by category, kind and query, so that two runs on the same lists give the same file. CSV columns
 * ({@link #HEADER}): {@code category,tags,kind,query,birth_date,country,expected,expected_score,expected_name,top_id,
 * top_name,top_score,top_explanation}. {@code expected} lists the expected ids ({@code |}-separated);
 * {@code expected_score} and {@code expected_name} are those of the best-ranked expected entity among the returned
 * matches (empty when none came back at all); {@code top_*} is the best match, empty when nothing came back.
 *
 * @param evalCase the case
 * @param kind     {@code miss} or {@code false-alert}
 * @param expected the best-ranked expected entity among the matches, if any came back
 * @param top      the best match, if any came back
 */
public record EvalError(EvalCase evalCase, String kind, Optional<Match> expected, Optional<Match> top) {
    /** The CSV header. */
    public static final List<String> HEADER = List.of("category", "tags", "kind", "query", "birth_date", "country",
            "expected", "expected_score", "expected_name", "top_id", "top_name", "top_score", "top_explanation");

    /** The misses and false alerts of Kordon's labelled cases in {@code run} at {@code threshold}, ordered. */
    public static List<EvalError> of(EvalRun run, double threshold) {
        List<EvalError> out = new ArrayList<>();
        for (Evaluation.Outcome o : Evaluation.errors(run.outcomes().getOrDefault("kordon", List.of()), threshold)) {
            EvalCase c = o.evalCase();
            Optional<Match> expected = o.matches().stream().filter(m -> c.expected().contains(m.entity().id())).findFirst();
            Optional<Match> top = o.matches().stream().findFirst();
            out.add(new EvalError(c, o.falseAlert(threshold) ? "false-alert" : "miss", expected, top));
        }
        out.sort(Comparator.comparing((EvalError e) -> e.evalCase().category()).thenComparing(EvalError::kind)
                .thenComparing(e -> e.evalCase().query()));
        return out;
    }

    /** Writes {@code errors} as CSV with {@link #HEADER} (scores to 4 decimals); flushes {@code out}, leaves it open. */
    @SuppressWarnings("resource") // the caller owns out: it commits or discards the file after this returns
    public static void writeCsv(List<EvalError> errors, Appendable out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
        for (EvalError e : errors) {
            EvalCase c = e.evalCase();
            p.printRecord(c.category(), String.join("|", c.tags()), e.kind(), c.query(),
                    c.birthDate() == null ? "" : c.birthDate().toString(), c.country() == null ? "" : c.country(),
                    String.join("|", c.expected().stream().sorted().toList()),
                    e.expected().map(m -> score(m)).orElse(""), e.expected().map(m -> m.entity().caption()).orElse(""),
                    e.top().map(m -> m.entity().id()).orElse(""), e.top().map(m -> m.entity().caption()).orElse(""),
                    e.top().map(m -> score(m)).orElse(""), e.top().map(m -> m.explanation().summary()).orElse(""));
        }
        p.flush();
    }

    private static String score(Match m) {
        return String.format(Locale.ROOT, "%.4f", m.score());
    }
}

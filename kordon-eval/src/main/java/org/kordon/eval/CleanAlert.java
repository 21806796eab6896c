package org.kordon.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.matching.Match;

/**
 * The clean names that alert: every clean-name query whose best Kordon match scores at least the threshold, for an
 * engineer to read and group by cause.
 *
 * <p>Rows are ordered by set, then score (highest first), then query, so that two runs on the same lists give the
 * same file. CSV columns ({@link #HEADER}):
 * {@code set,locale,query,birth_date,country,entity_id,entity_name,matched_name,score,explanation}; {@code locale} is
 * the Datafaker locale of a generated name or the OpenSanctions id of a member of Congress; {@code birth_date} and
 * {@code country} are empty for the name-only sets; {@code explanation} is {@link org.kordon.matching.Explanation#summary()}.
 *
 * @param set      the clean set, e.g. {@code clean-person} or {@code clean-company (name only)}
 * @param locale   the case's note (Datafaker locale, or Congress member id); empty when none
 * @param query    the name screened
 * @param birthDate the birth date screened with, or empty
 * @param country  the country screened with, or empty
 * @param match    the best match, scoring at least the threshold
 */
public record CleanAlert(String set, String locale, String query, String birthDate, String country, Match match) {
    /** The CSV header. */
    public static final List<String> HEADER = List.of("set", "locale", "query", "birth_date", "country", "entity_id",
            "entity_name", "matched_name", "score", "explanation");

    /** The Kordon clean-name queries of {@code run} whose best match scores at least {@code threshold}, ordered. */
    public static List<CleanAlert> of(EvalRun run, double threshold) {
        List<CleanAlert> out = new ArrayList<>();
        for (Evaluation.Outcome o : run.clean().getOrDefault("kordon", List.of())) {
            if (o.matches().isEmpty() || o.matches().get(0).score() < threshold) {
                continue;
            }
            EvalCase c = o.evalCase();
            out.add(new CleanAlert(c.category(), c.note() == null ? "" : c.note(), c.query(),
                    c.birthDate() == null ? "" : c.birthDate().toString(), c.country() == null ? "" : c.country(),
                    o.matches().get(0)));
        }
        out.sort(Comparator.comparing(CleanAlert::set).thenComparingDouble(a -> -a.match().score())
                .thenComparing(CleanAlert::query).thenComparing(a -> a.match().entity().id()));
        return out;
    }

    /** Writes {@code alerts} as CSV with {@link #HEADER} (scores to 4 decimals); flushes {@code out}, leaves it open. */
    @SuppressWarnings("resource") // the caller owns out: it commits or discards the file after this returns
    public static void writeCsv(List<CleanAlert> alerts, Appendable out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
        for (CleanAlert a : alerts) {
            Match m = a.match();
            p.printRecord(a.set(), a.locale(), a.query(), a.birthDate(), a.country(), m.entity().id(),
                    m.entity().caption(), m.matchedName(), String.format(Locale.ROOT, "%.4f", m.score()),
                    m.explanation().summary());
        }
        p.flush();
    }
}

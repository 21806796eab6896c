package org.kordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.input.CsvTable;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.QueryFields;
import org.kordon.matching.Screeners;
import org.kordon.model.Countries;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.resolution.ResolvedMatch;
import org.kordon.resolution.ResolvedScreener;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kordon screen}: screen one name, or a CSV of subjects, against the lists. */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Screen a name, or a CSV file of subjects, against sanctions lists.",
        footer = {"", "Examples:",
                "  kordon screen --name \"Vladimir Putin\" --birth-date 1952 --country ru",
                "  kordon screen --list ../shared/data/lists --input queries.csv --output results.csv --top 3",
                "", "queries.csv: UTF-8 with a header; id and name required; optional schema, birth_date (YYYY, YYYY-MM,",
                "YYYY-MM-DD), country (ISO 3166-1 alpha-2), identifier; other columns ignored.",
                "results.csv: query_id,rank,entity_id,score,matched_name,schema,explanation,same_as",
                "One result per resolved entity (the same person on several lists is one result, --top counts entities):",
                "entity_id is the listing whose name matched best, same_as the entity's other listings (';'-separated).",
                "A field that is not valid (a bad date, country or schema) is ignored and the subject screened on the",
                "others, said on stderr and in the explanation; a row with no name is skipped (stderr, with its line).",
                "A broken quote stops the run before anything is screened (exit 3, with the line); results.csv is",
                "written whole at the end or not at all."})
final class ScreenCommand implements Callable<Integer> {
    /** The columns of a screening result file, shared with {@code vessels screen}. */
    static final List<String> RESULT_HEADER = List.of("query_id", "rank", "entity_id", "score", "matched_name", "schema", "explanation");
    /** results.csv of {@code screen}: {@link #RESULT_HEADER}, then the resolved entity's other listings. */
    static final List<String> SCREEN_HEADER = Stream.concat(RESULT_HEADER.stream(), Stream.of("same_as")).toList();
    static final List<String> REQUIRED = List.of("id", "name");
    private static final int CHUNK = 2048;
    private static final int SCREENED = 0;
    private static final int MATCHED = 1;
    private static final int REJECTED = 2;
    private static final int WITH_IGNORED = 3;
    private static final int TALLY = 4;

    @Spec CommandSpec spec;
    @Mixin ListOptions lists;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @ArgGroup(exclusive = false, multiplicity = "1")
        Single single;
        @ArgGroup(exclusive = false, multiplicity = "1")
        Batch batch;
    }

    static final class Single {
        @Option(names = {"-n", "--name"}, required = true, description = "The name to screen, in any script.") String name;
        @Option(names = "--schema", description = "Person, Organization, Company, Vessel, Aircraft.") String schema;
        @Option(names = "--birth-date", paramLabel = "<date>", description = "YYYY, YYYY-MM or YYYY-MM-DD.") String birthDate;
        @Option(names = "--country", paramLabel = "<cc>", description = "ISO 3166-1 alpha-2 country code.") String country;
        @Option(names = "--identifier", paramLabel = "<id>", description = "Passport, tax id, IMO, BIC…") List<String> identifiers = new ArrayList<>();
        @Option(names = "--json", description = "Print JSON.") boolean json;
    }

    static final class Batch {
        @Option(names = {"-i", "--input"}, required = true, paramLabel = "<queries.csv>") Path input;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<results.csv>") Path output;
    }

    @Option(names = {"-t", "--threshold"}, paramLabel = "T", description = "Lowest score reported, 0..1 (default: the evaluated default).")
    Double threshold;

    @Option(names = {"-k", "--top"}, paramLabel = "K", defaultValue = "5", description = "At most K resolved entities per query (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--algorithm", defaultValue = "kordon", paramLabel = "<kordon|ofac>",
            description = "kordon (default) or ofac: OFAC Sanctions List Search parity (Jaro-Winkler + Soundex).")
    String algorithm;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        double t = threshold != null ? threshold : Screeners.DEFAULT_THRESHOLD;
        if (t < 0 || t > 1 || Double.isNaN(t)) {
            throw new UserException(ExitCode.USAGE, "--threshold must be between 0 and 1, got " + t);
        }
        if (top < 1) {
            throw new UserException(ExitCode.USAGE, "--top must be at least 1, got " + top);
        }
        Algorithm alg = switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "kordon" -> Algorithm.KORDON;
            case "ofac" -> Algorithm.OFAC;
            default -> throw new UserException(ExitCode.USAGE, "--algorithm must be kordon or ofac, got '" + algorithm + "'");
        };
        if (mode.single != null) {
            Query single = singleQuery(mode.single, err);
            return screenOne(screener(alg, err), single, t);
        }
        if (!Files.isRegularFile(mode.batch.input)) {
            throw new UserException(ExitCode.IO_ERROR, "cannot read " + mode.batch.input + ": no such file");
        }
        // The whole input is read once before the lists are loaded: a broken quote at line 5,000 stops the run at
        // once, with nothing written, rather than after the load and 4,999 screened rows.
        long total = CsvInput.check(mode.batch.input, REQUIRED, QueryFields.COLUMNS, err);
        try (AtomicOutput out = AtomicOutput.create(mode.batch.output)) {
            return screenBatch(screener(alg, err), t, err, total, out);
        }
    }

    /**
     * The lists resolved into entities ({@link ListOptions#loadResolved}: from the cache when it holds this version of
     * them) and the screener over them, saying on stderr how long its index took: with a cached resolution that index
     * is the only one built.
     */
    private ResolvedScreener screener(Algorithm alg, PrintWriter err) {
        ListOptions.Resolved r = lists.loadResolved(err);
        long t0 = System.nanoTime();
        ResolvedScreener screener = ResolvedScreener.build(r.loaded().snapshot(), r.resolution(), alg);
        err.printf(Locale.ROOT, "kordon: entity index built in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
        return screener;
    }

    /**
     * The query of {@code --name}: a malformed {@code --birth-date} or {@code --country} is left out with a warning and
     * the name is still screened, as in a queries.csv row and over REST (a secondary field must not stop a screening).
     */
    private static Query singleQuery(Single s, PrintWriter err) {
        Schema schema;
        try {
            schema = s.schema == null ? null : Schema.parse(s.schema);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, "--schema: " + e.getMessage());
        }
        PartialDate birth = null;
        if (s.birthDate != null) {
            try {
                birth = QueryFields.birthDate(s.birthDate);
            } catch (IllegalArgumentException e) {
                err.println("kordon: warning: --birth-date '" + s.birthDate + "' ignored (" + e.getMessage() + "); the name is screened without it");
            }
        }
        String country = null;
        if (s.country != null && !s.country.isBlank()) {
            if (Countries.isCode(s.country.strip())) {
                country = s.country.strip().toLowerCase(Locale.ROOT);
            } else {
                err.println("kordon: warning: --country '" + s.country + "' ignored (not an ISO 3166-1 alpha-2 code such as ru or kz);"
                        + " the name is screened without it");
            }
        }
        List<String> identifiers = new ArrayList<>();
        for (String id : s.identifiers) {
            String problem = QueryFields.identifierProblem(id);
            if (problem == null) {
                identifiers.add(id);
            } else {
                err.println("kordon: warning: --identifier '" + id + "' ignored (" + problem + "); the name is screened without it");
            }
        }
        try {
            return new Query("1", s.name, schema, birth, country, identifiers);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
    }

    private int screenOne(ResolvedScreener screener, Query q, double t) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<ResolvedMatch> matches = screener.screen(q, t, top);
        if (mode.single.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int rank = 1;
            for (ResolvedMatch r : matches) {
                Match m = r.match();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", rank++);
                row.put("entity_id", m.entity().id());
                row.put("score", Math.round(m.score() * 10_000) / 10_000.0);
                Double p = m.explanation().probability();
                row.put("probability", p == null ? null : Math.round(p * 10_000) / 10_000.0);
                row.put("matched_name", m.matchedName());
                row.put("caption", m.entity().caption());
                row.put("schema", m.entity().schema().ftmName());
                row.put("programs", m.entity().programs());
                row.put("explanation", m.explanation());
                row.put("resolved_id", r.entity().id());
                row.put("same_as", r.sameAs());
                row.put("listings", r.entity().summaries());
                rows.add(row);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("query", q.name());
            result.put("threshold", t);
            result.put("matches", rows);
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return ExitCode.OK;
        }
        if (matches.isEmpty()) {
            out.printf(Locale.ROOT, "No match for \"%s\" at or above %.2f.%n", q.name(), t);
            return ExitCode.OK;
        }
        out.printf(Locale.ROOT, "%-4s %-6s %-30s %-12s %s%n", "rank", "score", "entity", "schema", "matched name  [programmes]");
        int rank = 1;
        for (ResolvedMatch r : matches) {
            Match m = r.match();
            out.printf(Locale.ROOT, "%-4d %-6.3f %-30s %-12s %s  [%s]%n", rank++, m.score(), m.entity().id(),
                    m.entity().schema().ftmName(), m.matchedName(), String.join(", ", m.entity().programs()));
            out.println("     why: " + m.explanation().summaryWithProbability());
            if (!r.sameAs().isEmpty()) {
                out.println("     same as: " + String.join(", ", r.sameAs()) + "  (" + r.entity().id() + ")");
            }
        }
        return ExitCode.OK;
    }

    private static String round(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    private int screenBatch(ResolvedScreener screener, double t, PrintWriter err, long total, AtomicOutput out) throws IOException {
        Path in = mode.batch.input;
        long[] tally = new long[TALLY];
        long started = System.nanoTime();
        long lastReport = started;
        try (CsvTable input = CsvTable.open(in, REQUIRED)) {
            CSVPrinter printer = new CSVPrinter(out.writer(), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            printer.printRecord(SCREEN_HEADER);
            List<QueryFields.Subject> chunk = new ArrayList<>(CHUNK);
            for (CsvTable.Row row; (row = input.next()) != null; ) {
                QueryFields.Subject q;
                try {
                    q = QueryFields.read(row::get, row::lineId);
                } catch (IllegalArgumentException e) {
                    tally[REJECTED]++;
                    err.println("kordon: " + input.name() + " line " + row.line() + ": " + e.getMessage() + "; row skipped");
                    continue;
                }
                if (q.idReplaced()) {
                    err.println("kordon: warning: " + input.name() + " line " + row.line() + ": field id is empty; its results have query_id '"
                            + q.query().id() + "'");
                }
                if (!q.ignored().isEmpty()) {
                    tally[WITH_IGNORED]++;
                    err.println("kordon: warning: " + input.name() + " line " + row.line() + ": " + String.join("; ", q.ignored())
                            + "; screened on the other fields");
                }
                chunk.add(q);
                if (chunk.size() == CHUNK) {
                    screenChunk(screener, chunk, t, printer, tally);
                    chunk.clear();
                    long now = System.nanoTime();
                    if (now - lastReport > 2_000_000_000L) {
                        lastReport = now;
                        progress(err, tally[SCREENED] + tally[REJECTED], total, started, now);
                    }
                }
            }
            screenChunk(screener, chunk, t, printer, tally);
            printer.flush();
        }
        out.commit();
        double secs = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "kordon: screened %,d (%,d with fields ignored), matched %,d, rejected %,d row(s) in %.1f s (%,.0f rows/s); "
                + "results in %s%n", tally[SCREENED], tally[WITH_IGNORED], tally[MATCHED], tally[REJECTED], secs,
                tally[SCREENED] / Math.max(secs, 1e-9), mode.batch.output);
        return ExitCode.OK;
    }

    private static void progress(PrintWriter err, long done, long total, long started, long now) {
        double secs = (now - started) / 1e9;
        double rate = done / Math.max(secs, 1e-9);
        long eta = total > done ? Math.round((total - done) / Math.max(rate, 1e-9)) : 0;
        err.printf(Locale.ROOT, "kordon: %,d / %,d rows (%,.0f rows/s, ETA %d s)%n", done, total, rate, eta);
    }

    /** Screens one chunk on all cores and writes its rows in input order; counts into {@code tally}. */
    private void screenChunk(ResolvedScreener screener, List<QueryFields.Subject> chunk, double t, CSVPrinter printer, long[] tally) throws IOException {
        @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
        List<ResolvedMatch>[] results = new List[chunk.size()];
        IntStream.range(0, chunk.size()).parallel().forEach(i -> results[i] = screener.screen(chunk.get(i).query(), t, top));
        for (int i = 0; i < results.length; i++) {
            tally[SCREENED]++;
            if (!results[i].isEmpty()) {
                tally[MATCHED]++;
            }
            QueryFields.Subject q = chunk.get(i);
            int rank = 1;
            for (ResolvedMatch r : results[i]) {
                Match m = r.match();
                printer.printRecord(q.query().id(), rank++, m.entity().id(), round(m.score()), m.matchedName(),
                        m.entity().schema().ftmName(), q.explain(m.explanation().summaryWithProbability()), String.join(";", r.sameAs()));
            }
        }
    }
}

package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kordon.documents.DocumentScanner;
import org.kordon.eval.CleanAlert;
import org.kordon.eval.DocumentsEval;
import org.kordon.eval.EvalError;
import org.kordon.eval.EvalReport;
import org.kordon.eval.EvalRun;
import org.kordon.eval.Evaluation;
import org.kordon.eval.ScoreCalibration;
import org.kordon.eval.ScoreModelFit;
import org.kordon.eval.ScoredPair;
import org.kordon.matching.ScoreModel;
import org.kordon.lists.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kordon eval}: precision and recall of the screening engine on labelled cases drawn from real lists. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate screening quality: precision, recall, F1 and top-1 per category, threshold sweep, "
                + "Kordon beside the OFAC-parity algorithm and the brute-force baseline; alerts per 100,000 clean names "
                + "(generated people and companies, members of the US Congress) and recall at the alert budget.",
        footer = {"", "Example:", "  kordon eval --list ../shared/data/lists --report eval.html --chart eval.png"})
final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListOptions lists;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write the model-validation report (HTML).")
    Path report;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Write the precision/recall chart (PNG), and beside it "
            + "FILE-recall.png (recall against threshold per category) and FILE-operating.png (recall against alerts per 100,000 clean names) and FILE-reliability.png (reliability diagram of the scores).")
    Path chart;

    @Option(names = "--markdown", paramLabel = "FILE.md", description = "Write the tables as Markdown (for docs/MATCHING.md).")
    Path markdown;

    @Option(names = "--clean-alerts", paramLabel = "FILE.csv", description = "Write every clean-name query that alerts at the "
            + "default threshold (Kordon): set, locale, query, birth date, country, matched entity id and name, score, explanation.")
    Path cleanAlerts;

    @Option(names = "--fit-model", paramLabel = "FILE.properties", description = "Fit the score model (the estimated "
            + "probability of a true match) on half of the scored pairs and write it in the format of kordon-matching's "
            + "score-model.properties; its reliability on the other half is reported beside the shipped model's.")
    Path fitModel;

    @Option(names = "--model-version", paramLabel = "N", defaultValue = "1",
            description = "The version written by --fit-model (default: ${DEFAULT-VALUE}).")
    int modelVersion;

    @Option(names = "--errors", paramLabel = "FILE.csv", description = "Write every labelled case Kordon gets wrong at the "
            + "default threshold: the misses (no expected entity found) and the false alerts, with the expected entity's "
            + "score and the best match.")
    Path errorsFile;

    @Option(names = "--pairs", paramLabel = "FILE.csv", description = "Write every scored pair (score at least "
            + "0.50) with its label, fold and features: what --fit-model fits on.")
    Path pairsFile;

    @Option(names = "--documents", description = "Evaluate document scanning instead: precision and recall of 'listed' "
            + "mentions per text type on the labelled corpus of texts bundled with Kordon (news in English, Russian and "
            + "Kazakh, transcripts, press releases, HTML, wires in capitals), scanned as 'kordon scan' scans. With "
            + "--markdown, writes its table. The name-screening options (--report, --chart, --clean-alerts, --fit-model, "
            + "--pairs) are refused with it.")
    boolean documents;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (documents) {
            return documents(out, err);
        }
        for (Path p : new Path[] {report, chart, sibling(chart, "-recall"), sibling(chart, "-operating"),
                sibling(chart, "-reliability"), markdown, cleanAlerts, errorsFile, fitModel, pairsFile}) {
            if (p != null) {
                AtomicOutput.checkWritable(p);
            }
        }
        LoadResult r = lists.load(err);
        long t0 = System.nanoTime();
        EvalRun run = EvalRun.run(r.snapshot(), line -> err.println("kordon: eval " + line));
        err.printf(java.util.Locale.ROOT, "kordon: evaluated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        EvalReport rep = new EvalReport(run);
        out.print(rep.text());
        List<ScoredPair> pairs = ScoredPair.of(kordonPairs(run), Evaluation.CLEAN_MIN_THRESHOLD);
        List<ScoreCalibration> calibration = calibration(run);
        calibration.add(ScoreCalibration.ofScores("kordon score (held-out half)", pairs, 1));
        calibration.add(ScoreCalibration.ofProbabilities("kordon probability (held-out half)", ScoreModel.shipped(), pairs, 1));
        if (fitModel != null) {
            ScoreModelFit.Result fit = ScoreModelFit.fit(pairs, modelVersion, String.format(java.util.Locale.ROOT,
                    "kordon eval --fit-model on %,d of %,d scored pairs (fold 0; score at least %.2f) of %d entities, %s",
                    pairs.stream().filter(p -> p.fold() == 0).count(), pairs.size(), Evaluation.CLEAN_MIN_THRESHOLD,
                    r.snapshot().entities().size(), java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
            calibration.add(ScoreCalibration.ofProbabilities("kordon probability, refitted (held-out half)", fit.model(), pairs, 1));
            try (AtomicOutput o = AtomicOutput.create(fitModel)) {
                fit.model().write(o.writer());
                o.commit();
            }
            out.println("fitted " + fit.model());
            fit.tiedWhy().forEach((f, why) -> out.println("  tied " + f + ": " + why));
            err.println("kordon: score model written to " + fitModel);
        }
        if (pairsFile != null) {
            try (AtomicOutput o = AtomicOutput.create(pairsFile)) {
                ScoredPair.writeCsv(pairs, o.writer());
                o.commit();
            }
            err.printf(java.util.Locale.ROOT, "kordon: %,d scored pairs written to %s%n", pairs.size(), pairsFile);
        }
        calibration.forEach(c -> out.printf(java.util.Locale.ROOT, "%s scores: Brier %.4f, expected calibration error %.4f over %,d scored pairs%n",
                c.screener(), c.reliability().brier(), c.reliability().ece(), c.reliability().count()));
        if (report != null) {
            AtomicOutput.writeString(report, rep.html());
            err.println("kordon: report written to " + report);
        }
        if (chart != null) {
            AtomicOutput.write(chart, rep::writePng);
            AtomicOutput.write(sibling(chart, "-recall"), rep::writeRecallPng);
            AtomicOutput.write(sibling(chart, "-operating"), rep::writeOperatingPng);
            AtomicOutput.write(sibling(chart, "-reliability"), png -> ScoreCalibration.chart(calibration, png));
            err.println("kordon: charts written to " + chart + ", " + sibling(chart, "-recall") + ", " + sibling(chart, "-operating")
                    + ", " + sibling(chart, "-reliability"));
        }
        if (markdown != null) {
            AtomicOutput.writeString(markdown, "## Kordon at the default threshold\n\n"
                    + rep.categoriesMarkdown("kordon", org.kordon.matching.Screeners.DEFAULT_THRESHOLD)
                    + "\n## OFAC parity at the default threshold\n\n"
                    + rep.categoriesMarkdown("ofac", org.kordon.matching.Screeners.DEFAULT_THRESHOLD)
                    + "\n## Alerts per 100,000 clean names (Kordon; rows prefixed ofac: OFAC parity)\n\n" + rep.alertsMarkdown()
                    + "\n## Recall and top-1 at the default threshold and at the alert budget (Kordon)\n\n" + rep.budgetMarkdown()
                    + "\n## Reliability of the scores (labelled cases and clean names with birth date and country)\n\n"
                    + calibration.stream().map(ScoreCalibration::markdown).collect(java.util.stream.Collectors.joining("\n"))
                    + "\n## Threshold sweep (all cases)\n\n" + rep.sweepMarkdown() + "\n```\n" + rep.text() + "```\n");
            err.println("kordon: tables written to " + markdown);
        }
        if (cleanAlerts != null) {
            List<CleanAlert> alerts = CleanAlert.of(run, org.kordon.matching.Screeners.DEFAULT_THRESHOLD);
            try (AtomicOutput o = AtomicOutput.create(cleanAlerts)) {
                CleanAlert.writeCsv(alerts, o.writer());
                o.commit();
            }
            err.printf(java.util.Locale.ROOT, "kordon: %,d clean-name alerts written to %s%n", alerts.size(), cleanAlerts);
        }
        if (errorsFile != null) {
            List<EvalError> errors = EvalError.of(run, org.kordon.matching.Screeners.DEFAULT_THRESHOLD);
            try (AtomicOutput o = AtomicOutput.create(errorsFile)) {
                EvalError.writeCsv(errors, o.writer());
                o.commit();
            }
            err.printf(java.util.Locale.ROOT, "kordon: %,d misses and false alerts written to %s%n", errors.size(), errorsFile);
        }
        return ExitCode.OK;
    }

    /**
     * The reliability of each screener's scores over every pair the run scored: the labelled cases' matches, and the
     * clean names' best matches (screened with birth date and country; the name-only repeats are left out, they are
     * the same names).
     */
    static List<ScoreCalibration> calibration(EvalRun run) {
        List<ScoreCalibration> out = new java.util.ArrayList<>();
        for (String screener : List.of("kordon", "ofac")) {
            List<Evaluation.Outcome> pairs = pairsOf(run, screener);
            if (pairs.stream().anyMatch(o -> !o.matches().isEmpty())) {
                out.add(ScoreCalibration.of(screener, pairs));
            }
        }
        return out;
    }

    /** Kordon's scored outcomes: the labelled cases and the clean names with birth date and country. */
    static List<Evaluation.Outcome> kordonPairs(EvalRun run) {
        return pairsOf(run, "kordon");
    }

    private static List<Evaluation.Outcome> pairsOf(EvalRun run, String screener) {
        List<Evaluation.Outcome> pairs = new java.util.ArrayList<>(run.outcomes().getOrDefault(screener, List.of()));
        run.clean().getOrDefault(screener, List.of()).stream()
                .filter(o -> !o.evalCase().category().endsWith(EvalRun.NAME_ONLY)).forEach(pairs::add);
        return pairs;
    }

    /** {@code --documents}: the labelled texts scanned as {@code kordon scan} scans them (parties by resolved entity). */
    private int documents(PrintWriter out, PrintWriter err) throws IOException {
        if (report != null || chart != null || cleanAlerts != null || errorsFile != null || fitModel != null || pairsFile != null) {
            throw new UserException(ExitCode.USAGE, "--documents evaluates document scanning: --report, --chart, "
                    + "--clean-alerts, --errors, --fit-model and --pairs belong to the name-screening evaluation; run them without it");
        }
        if (markdown != null) {
            AtomicOutput.checkWritable(markdown);
        }
        ListOptions.Resolved resolved = lists.loadResolved(err);
        Map<String, String> parties = resolved.resolution().possiblySameParties();
        long t0 = System.nanoTime();
        DocumentScanner scanner = DocumentScanner.build(resolved.loaded().snapshot(), id -> parties.getOrDefault(id, id));
        StringBuilder tables = new StringBuilder();
        int texts = 0;
        int mentions = 0;
        for (String set : DocumentsEval.SETS) {
            DocumentsEval.Result result = DocumentsEval.run(scanner, DocumentsEval.bundled(set), id -> parties.getOrDefault(id, id));
            out.println("== " + set);
            out.print(result.table());
            out.println();
            out.print(result.markdown());
            out.println();
            tables.append("### ").append(set).append("\n\n").append(result.markdown()).append('\n');
            texts += result.all().texts();
            mentions += result.all().mentions();
        }
        err.printf(java.util.Locale.ROOT, "kordon: %,d labelled mentions in %,d texts scanned in %.1f s (index included)%n",
                mentions, texts, (System.nanoTime() - t0) / 1e9);
        if (markdown != null) {
            AtomicOutput.writeString(markdown, "## Document scanning: `listed` mentions per set and text type\n\n" + tables);
            err.println("kordon: tables written to " + markdown);
        }
        return ExitCode.OK;
    }

    /** {@code dir/eval.png} with {@code suffix} before the extension ({@code dir/eval-recall.png}); null for null. */
    static Path sibling(Path file, String suffix) {
        if (file == null) {
            return null;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String sib = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return file.resolveSibling(sib);
    }
}

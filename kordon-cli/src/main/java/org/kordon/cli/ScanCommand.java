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
import org.kordon.documents.DocumentFormatException;
import org.kordon.documents.DocumentScanner;
import org.kordon.documents.DocumentText;
import org.kordon.documents.Listing;
import org.kordon.documents.Mention;
import org.kordon.lists.LoadResult;
import org.kordon.matching.Screeners;
import org.kordon.resolution.ResolvedEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kordon scan}: finds listed people, organisations, vessels and IMO numbers named in documents. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Find the people, companies, banks and vessels a text names, and say which are listed.",
        footer = {"", "Examples:",
                "  kordon scan news.txt report.pdf page.html",
                "  kordon scan --list ../shared/data/lists --json article.txt",
                "", "Files: UTF-8 text, HTML (.html/.htm or <!DOCTYPE html>), PDF (.pdf or %%PDF-).",
                "Offsets are char positions in the text (for HTML and PDF: in the text extracted from them).",
                "Table columns: file, offsets, mention, status (listed, not listed, ambiguous, pep, possible),",
                "entity id, caption, score, programmes; the party's other listings and an ambiguous",
                "mention's other candidates follow on their own lines."})
final class ScanCommand implements Callable<Integer> {
    static final List<String> HEADER = List.of("file", "offsets", "mention", "status", "entity id", "caption", "score", "programmes");
    private static final int SHOWN_LISTINGS = 5;

    @Spec CommandSpec spec;

    /*
     * The list options of ListOptions, but --list takes one value per use (repeat it for several lists): with the
     * shared "1..*" arity, "--list <dir> news.txt" would read news.txt as a list and leave no FILE.
     */
    @Option(names = {"-l", "--list"}, paramLabel = "<file-or-dir>", arity = "1",
            description = "List file or folder in any supported format; repeat for several. Default: the data directory, "
                    + "then ../shared/data/lists, then the bundled sample.")
    List<Path> listPaths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<format>", description = "Format of the list files when detection by name is not enough.")
    String format;

    @Option(names = "--lenient", description = "Skip malformed list records and report them instead of failing.")
    boolean lenient;

    @Option(names = "--data-dir", paramLabel = "<dir>", description = "Data directory kept by 'kordon lists update'.")
    Path dataDir;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text, HTML or PDF files to scan.")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON instead of the table.")
    boolean json;

    @Option(names = "--max-mb", paramLabel = "<MB>", defaultValue = "32",
            description = "Refuse files larger than this many MiB (default: ${DEFAULT-VALUE}).")
    int maxMb;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxMb < 1) {
            throw new UserException(ExitCode.USAGE, "--max-mb must be at least 1, got " + maxMb);
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read " + f + ": no such file");
            }
        }
        ListOptions lists = new ListOptions();
        lists.lists = listPaths;
        lists.format = format;
        lists.lenient = lenient;
        lists.dataDir = dataDir;
        ListOptions.Resolved resolved = lists.loadResolved(err);
        LoadResult loaded = resolved.loaded();
        Map<String, ResolvedEntity> entityOf = resolved.resolution().byId();
        long t0 = System.nanoTime();
        // a mention's candidates are grouped by resolved entity, joined with those it is possibly the same as
        // (docs/RESOLUTION.md): one party each; entities kept apart by a conflict make a mention ambiguous
        Map<String, String> parties = resolved.resolution().possiblySameParties();
        DocumentScanner scanner = DocumentScanner.build(loaded.snapshot(), id -> parties.getOrDefault(id, id));
        err.printf(Locale.ROOT, "kordon: index built in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);

        List<Map<String, Object>> jsonFiles = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int failed = 0;
        long[] counts = new long[Mention.Status.values().length];
        long chars = 0;
        long t1 = System.nanoTime();
        for (Path f : files) {
            DocumentText doc;
            List<Mention> mentions;
            try {
                doc = DocumentText.read(f, maxMb * 1024L * 1024L);
                mentions = scanner.scan(doc.text());
            } catch (DocumentFormatException | IllegalArgumentException e) {
                failed++;
                err.println("kordon: " + e.getMessage() + "; file skipped");
                continue;
            }
            chars += doc.text().length();
            for (Mention m : mentions) {
                counts[m.status().ordinal()]++;
            }
            if (json) {
                jsonFiles.add(fileJson(f, doc, mentions, entityOf));
            } else {
                addRows(rows, f.toString(), mentions);
            }
        }
        double secs = (System.nanoTime() - t1) / 1e9;
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("threshold", Screeners.DEFAULT_THRESHOLD);
            result.put("files", jsonFiles);
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else if (rows.isEmpty()) {
            out.println(failed == files.size() ? "No file could be read." : "No names found.");
        } else {
            printTable(out, rows);
        }
        err.printf(Locale.ROOT, "kordon: scanned %,d file(s), %,d chars in %.2f s: %,d listed, %,d not listed, %,d ambiguous, %,d pep, %,d possible mention(s)%s%n",
                files.size() - failed, chars, secs, counts[Mention.Status.LISTED.ordinal()],
                counts[Mention.Status.NOT_LISTED.ordinal()], counts[Mention.Status.AMBIGUOUS.ordinal()],
                counts[Mention.Status.PEP.ordinal()], counts[Mention.Status.POSSIBLE.ordinal()],
                failed > 0 ? "; " + failed + " file(s) could not be read" : "");
        return failed > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    /** The status as the CLI contract spells it: listed, not listed, ambiguous, pep, possible. */
    static String status(Mention.Status s) {
        return s.label();
    }

    private static void addRows(List<String[]> rows, String file, List<Mention> mentions) {
        for (Mention m : mentions) {
            String offsets = m.start() + "-" + m.end();
            String words = oneLine(m.text());
            if (m.listings().isEmpty()) {
                rows.add(new String[] {file, offsets, words, status(m.status()), "", "", "", ""});
                continue;
            }
            int shown = 0;
            for (Listing l : m.listings()) {
                if (shown++ == SHOWN_LISTINGS) {
                    rows.add(new String[] {"", "", "", "", "(" + (m.listings().size() - SHOWN_LISTINGS) + " more)", "", "", ""});
                    break;
                }
                boolean first = shown == 1;
                rows.add(new String[] {first ? file : "", first ? offsets : "", first ? words : "", first ? status(m.status()) : "",
                        l.entityId(), oneLine(l.caption()), String.format(Locale.ROOT, "%.2f", l.score()), programmes(l)});
            }
        }
    }

    private static String programmes(Listing l) {
        String p = String.join(", ", l.programs());
        String a = String.join("/", l.authorities());
        return a.isEmpty() ? p : p.isEmpty() ? a : a + " " + p;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] width = new int[HEADER.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = HEADER.get(c).length();
        }
        for (String[] r : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.min(Math.max(width[c], r[c].codePointCount(0, r[c].length())), 60);
            }
        }
        printRow(out, HEADER.toArray(String[]::new), width);
        for (String[] r : rows) {
            printRow(out, r, width);
        }
    }

    private static void printRow(PrintWriter out, String[] r, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < r.length; c++) {
            String v = r[c];
            if (c < r.length - 1) {
                int pad = width[c] - v.codePointCount(0, v.length());
                b.append(v).append(" ".repeat(Math.max(0, pad))).append("  ");
            } else {
                b.append(v);
            }
        }
        out.println(b.toString().stripTrailing());
    }

    private static Map<String, Object> fileJson(Path f, DocumentText doc, List<Mention> mentions, Map<String, ResolvedEntity> entityOf) {
        List<Map<String, Object>> ms = new ArrayList<>();
        for (Mention m : mentions) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("start", m.start());
            j.put("end", m.end());
            j.put("text", m.text());
            j.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
            j.put("status", status(m.status()));
            j.put("note", m.note());
            List<Map<String, Object>> ls = new ArrayList<>();
            for (Listing l : m.listings()) {
                Map<String, Object> lj = new LinkedHashMap<>();
                lj.put("entity_id", l.entityId());
                lj.put("resolved_id", entityOf.containsKey(l.entityId()) ? entityOf.get(l.entityId()).id() : null);
                lj.put("caption", l.caption());
                lj.put("schema", l.schema());
                lj.put("score", Math.round(l.score() * 10_000) / 10_000.0);
                lj.put("authorities", l.authorities());
                lj.put("programs", l.programs());
                lj.put("explanation", l.explanation());
                ls.add(lj);
            }
            j.put("listings", ls);
            ms.add(j);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", f.toString());
        file.put("format", doc.format().name().toLowerCase(Locale.ROOT));
        file.put("chars", doc.text().length());
        file.put("mentions", ms);
        return file;
    }
}

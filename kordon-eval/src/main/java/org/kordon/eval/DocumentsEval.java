package org.kordon.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.kordon.documents.DocumentScanner;
import org.kordon.documents.DocumentText;
import org.kordon.documents.Mention;

/**
 * Precision and recall of {@code listed} mentions on a labelled corpus of texts, per text type: what
 * {@code kordon eval --documents} reports (docs/DOCUMENTS.md, "How well").
 *
 * <p>The corpus bundled with Kordon ({@link #bundled}) lives in {@code org/kordon/eval/documents/}: texts in one
 * folder per type ({@code news-en/…}, {@code transcript/…}) and one labels file per set ({@link #SETS}: the
 * development texts the scanner's rules were written on, and held-out sets written without running the scanner),
 * one row per mention: file (its path in that folder; the type is its folder), the mention as written (a name over a
 * line break with one space),
 * the expected status ({@code LISTED}, {@code NOT_LISTED}, {@code AMBIGUOUS}, {@code PEP}, {@code POSSIBLE}) and for
 * {@code LISTED}/{@code PEP} optionally one listing id that must be among the mention's listings.
 *
 * <p>Counting, per mention expected {@code LISTED}: a hit when found {@code LISTED} with the expected listing (when
 * one is given), else a miss; every mention found {@code LISTED} that is not a hit is false (expected otherwise, not
 * labelled at all, or listed as another party). A label stands at the k-th occurrence of its words in the text (the
 * k-th label of those words; occurrences inside a longer label left out), and is matched with the found mention
 * that overlaps it most: a span that differs by a quote, a legal form or a possessive ("ОсОО «Прогресс Лидер»"
 * found as "Прогресс Лидер") is the same mention, as in partial-match named-entity evaluation. {@code agree}: mentions whose found status is the expected one. {@code singleWordsListed}: false
 * {@code LISTED} mentions of one word (the dictionary words the issue says must never be reported).
 */
public final class DocumentsEval {
    private static final String FOLDER = "documents/";
    /**
     * The labelled sets, each a {@code <set>.tsv} beside the texts: {@code development} (rules written while reading
     * it: optimistic by construction), {@code heldout-2026-11} (two texts written after the first rules, never tuned
     * on), and the 47 texts of seven types written for issue 20 by someone who never ran the scanner on them nor
     * read its source, split in two after their first run: {@code tuning-2026-12} (read while rules are written) and
     * {@code heldout-2026-12} (never read).
     */
    public static final List<String> SETS = List.of("development", "heldout-2026-11", "tuning-2026-12", "heldout-2026-12");

    private DocumentsEval() {
    }

    /** One labelled mention. */
    public record Label(String file, String mention, Mention.Status status, String entity) {
        public Label {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(entity, "entity");
        }

        /** The text type: the folder of the file ({@code news-en}), {@code other} for a file at the top. */
        public String type() {
            int slash = file.indexOf('/');
            return slash > 0 ? file.substring(0, slash) : "other";
        }
    }

    /** A corpus: its labels, and the text of each file (HTML as its visible text). */
    public record Corpus(List<Label> labels, Function<String, String> textOf) {
        public Corpus {
            labels = List.copyOf(labels);
            Objects.requireNonNull(textOf, "textOf");
        }
    }

    /** The figures of one text type, or of all ({@code type} "all"). */
    public record Figures(String type, int texts, int mentions, int hits, int falseListed, int missed, int agree,
                          int singleWordsListed) {
        public double precision() {
            return hits / (double) Math.max(1, hits + falseListed);
        }

        public double recall() {
            return hits / (double) Math.max(1, hits + missed);
        }
    }

    /** Per type (sorted) and "all" last, and the per-mention table. */
    public record Result(List<Figures> figures, String table) {
        /** The figures as a Markdown table. */
        public String markdown() {
            StringBuilder b = new StringBuilder("| type | texts | mentions | `listed` expected | found | false | missed "
                    + "| precision | recall | single words falsely listed | all outcomes agree |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Figures f : figures) {
                b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.3f | %.3f | %d | %d / %d |%n",
                        f.type(), f.texts(), f.mentions(), f.hits() + f.missed(), f.hits(), f.falseListed(), f.missed(),
                        f.precision(), f.recall(), f.singleWordsListed(), f.agree(), f.mentions()));
            }
            return b.toString();
        }

        /** The figures of all types together. */
        public Figures all() {
            return figures.get(figures.size() - 1);
        }
    }

    /** A set of the corpus bundled in kordon-eval ({@code org/kordon/eval/documents/<set>.tsv} and its texts). */
    public static Corpus bundled(String set) {
        if (!SETS.contains(set)) {
            throw new IllegalArgumentException("no labelled set " + set + "; the sets are " + SETS);
        }
        return new Corpus(parseLabels(resource(set + ".tsv"), set + ".tsv"), file -> {
            byte[] bytes = resourceBytes(file);
            return DocumentText.of(file, bytes).text();
        });
    }

    /**
     * Parses labels: tab-separated file, mention, status, entity (optional); '#' lines and a header starting with
     * {@code file} are skipped.
     *
     * @throws IllegalArgumentException naming the source and line of a malformed row
     */
    public static List<Label> parseLabels(String tsv, String source) {
        List<Label> out = new ArrayList<>();
        String[] lines = tsv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            if (f.length < 3 || f.length > 4 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected file, mention, status[, entity]"
                        + " separated by tabs, got " + f.length + " field(s)");
            }
            Mention.Status status;
            try {
                status = Mention.Status.valueOf(f[2].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ", field status: '" + f[2].strip()
                        + "' is none of LISTED, NOT_LISTED, AMBIGUOUS, PEP, POSSIBLE", e);
            }
            out.add(new Label(f[0].strip(), f[1].strip(), status, f.length > 3 ? f[3].strip() : ""));
        }
        return out;
    }

    /** Scans every file of the corpus with {@code scanner} and counts; a label's listing must be one the mention shows. */
    public static Result run(DocumentScanner scanner, Corpus corpus) {
        return run(scanner, corpus, Function.identity());
    }

    /**
     * Scans every file of the corpus with {@code scanner} and counts; a label's listing counts as found when a
     * listing the mention shows is of the same party ({@code partyOf}: the resolved entity of a listing id), since a
     * label names one listing of its party and a mention shows the party's best-scoring listings.
     */
    public static Result run(DocumentScanner scanner, Corpus corpus, Function<String, String> partyOf) {
        Map<String, List<Label>> byFile = new LinkedHashMap<>();
        for (Label l : corpus.labels()) {
            byFile.computeIfAbsent(l.file(), k -> new ArrayList<>()).add(l);
        }
        Map<String, int[]> byType = new TreeMap<>(); // texts, mentions, hits, false, missed, agree, single words
        int[] all = new int[7];
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-36s %-34s %-10s %-10s %s%n",
                "file", "mention", "expected", "found", "ok"));
        for (var e : byFile.entrySet()) {
            String file = e.getKey();
            int[] t = byType.computeIfAbsent(e.getValue().get(0).type(), k -> new int[7]);
            int[] c = new int[7];
            c[0] = 1;
            String text = corpus.textOf().apply(file);
            List<Mention> unmatched = new ArrayList<>(scanner.scan(text));
            int[][] spans = spans(text, e.getValue());
            for (int li = 0; li < e.getValue().size(); li++) {
                Label x = e.getValue().get(li);
                c[1]++;
                Mention m = spans[li] != null ? takeOverlapping(unmatched, spans[li]) : take(unmatched, x.mention());
                Mention.Status got = m == null ? null : m.status();
                boolean entityOk = x.entity().isEmpty() || (m != null && m.listings().stream()
                        .anyMatch(l -> l.entityId().equals(x.entity()) || partyOf.apply(l.entityId()).equals(partyOf.apply(x.entity()))));
                boolean ok = got == x.status() && entityOk;
                if (ok) {
                    c[5]++;
                }
                if (x.status() == Mention.Status.LISTED) {
                    if (got == Mention.Status.LISTED && entityOk) {
                        c[2]++;
                    } else {
                        c[4]++;
                        if (got == Mention.Status.LISTED) {
                            falseListed(c, m); // listed, but as another party
                        }
                    }
                } else if (got == Mention.Status.LISTED) {
                    falseListed(c, m);
                }
                table.append(String.format(Locale.ROOT, "%-36s %-34s %-10s %-10s %s%n", file, x.mention(), x.status(),
                        got == null ? "-" : got, ok ? "yes" : "NO" + (m != null && !m.listings().isEmpty() ? " " + ids(m) : "")));
            }
            for (Mention m : unmatched) {
                if (m.status() == Mention.Status.LISTED) {
                    falseListed(c, m);
                    table.append(String.format(Locale.ROOT, "%-36s %-34s %-10s %-10s %s%n", file, oneLine(m.text()), "(none)",
                            m.status(), "NO: unexpected listed " + ids(m)));
                }
            }
            for (int k = 0; k < 7; k++) {
                t[k] += c[k];
                all[k] += c[k];
            }
        }
        List<Figures> figures = new ArrayList<>();
        byType.forEach((type, c) -> figures.add(figures(type, c)));
        figures.add(figures("all", all));
        return new Result(List.copyOf(figures), table.toString());
    }

    private static void falseListed(int[] c, Mention m) {
        c[3]++;
        if (oneLine(m.text()).strip().split(" ").length == 1) {
            c[6]++;
        }
    }

    private static Figures figures(String type, int[] c) {
        return new Figures(type, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }

    private static String ids(Mention m) {
        return m.listings().stream().map(l -> l.entityId() + " " + l.caption()).limit(3).toList().toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /**
     * Where each label's words stand in the text: the k-th label of the same words at the k-th occurrence of them as
     * whole words (any white space between them) that no longer label covers; null where the text has none.
     */
    static int[][] spans(String text, List<Label> labels) {
        int[][] out = new int[labels.size()][];
        List<int[]> taken = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(labels.get(b).mention().length(), labels.get(a).mention().length()));
        Map<String, java.util.Deque<int[]>> free = new java.util.HashMap<>();
        for (int i : order) {
            String words = labels.get(i).mention();
            java.util.Deque<int[]> occurrences = free.computeIfAbsent(words, w -> {
                java.util.Deque<int[]> d = new java.util.ArrayDeque<>();
                StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
                String[] parts = w.split(" ");
                for (int k = 0; k < parts.length; k++) {
                    re.append(k == 0 ? "" : "\\s+").append(java.util.regex.Pattern.quote(parts[k]));
                }
                re.append("(?![\\p{L}\\p{N}])");
                java.util.regex.Matcher mt = java.util.regex.Pattern.compile(re.toString()).matcher(text);
                while (mt.find()) {
                    d.add(new int[] {mt.start(), mt.end()});
                }
                return d;
            });
            while (!occurrences.isEmpty()) {
                int[] span = occurrences.poll();
                if (taken.stream().noneMatch(t -> t[0] < span[1] && span[0] < t[1])) {
                    out[i] = span;
                    taken.add(span);
                    break;
                }
            }
        }
        return out;
    }

    /** The unmatched mention overlapping {@code span} most, removed; null when none overlaps. */
    private static Mention takeOverlapping(List<Mention> unmatched, int[] span) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < unmatched.size(); i++) {
            Mention m = unmatched.get(i);
            int overlap = Math.min(m.end(), span[1]) - Math.max(m.start(), span[0]);
            if (overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best < 0 ? null : unmatched.remove(best);
    }

    /** The first unmatched mention with these words (a line break read as a space), removed; null when none. */
    private static Mention take(List<Mention> unmatched, String words) {
        for (int i = 0; i < unmatched.size(); i++) {
            if (oneLine(unmatched.get(i).text()).equals(words)) {
                return unmatched.remove(i);
            }
        }
        return null;
    }

    private static String resource(String name) {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String name) {
        if (name.contains("..")) {
            throw new IllegalArgumentException("labels name a file outside the corpus: " + name);
        }
        try (InputStream in = DocumentsEval.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/kordon/eval/" + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/kordon/eval/" + FOLDER + name, e);
        }
    }
}

package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordon.documents.DocumentScanner;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.Resolver;
import org.kordon.testkit.SharedData;

/**
 * The labelled texts scanned against every list in {@code ../shared/data/lists}, as {@code kordon scan} scans them
 * (a mention's candidates grouped by resolved entity): the quality floors of document scanning. Prints each set's
 * table and writes it to {@code target/documents-eval-<set>.txt}; {@code kordon eval --documents} gives the same
 * figures. Skips when the shared lists are absent.
 */
class DocumentsEvalGuardTest {
    /**
     * Development texts: the rules were written while reading them. Recorded 2026-12-07: precision 1.000, recall
     * 0.980 (0.922 before the role rule: the resolution keeps two listed Dmitry Peskovs apart).
     */
    static final double DEVELOPMENT_PRECISION = 0.95;
    static final double DEVELOPMENT_RECALL = 0.95;
    /** The first held-out texts (2026-11), each mention five points. Recorded 2026-12-07: 0.944 and 0.850. */
    static final double HELD_OUT_2026_11_PRECISION = 0.85;
    static final double HELD_OUT_2026_11_RECALL = 0.85;

    /**
     * The 47 texts written for issue 20 (899 mentions, 469 listed): first run on all, 2026-12-07, nothing tuned: 0.720
     * and 0.610 (mentions matched by their exact words). Then split: the held-out half (22 texts, 430 mentions) gave
     * 0.686 and 0.570 that way, 0.770 and 0.639 with mentions matched by overlap (the method since). With a label's
     * listing found when the mention shows one of its resolved entity, and places alone never a name (a rule read
     * off the tuning half): 0.857 and 0.678. After the session's last rules (all read off the tuning half): 0.869, 0.691.
     */
    static final double HELD_OUT_2026_12_PRECISION = 0.85;
    static final double HELD_OUT_2026_12_RECALL = 0.67;
    /**
     * The tuning half (25 texts, 469 mentions), before any rule read it: 0.752/0.649 by exact words, 0.820/0.707 by
     * overlap, 0.917/0.741 by resolved entity; after the session's rules: 0.926/0.791.
     */
    static final double TUNING_2026_12_PRECISION = 0.91;
    static final double TUNING_2026_12_RECALL = 0.77;

    private static DocumentScanner scanner;
    private static java.util.function.Function<String, String> partyOf;

    @BeforeAll
    static void scanner() {
        Path lists = SharedData.require("lists");
        ListSnapshot snapshot = ListLoader.load(List.of(lists), new LoadOptions(null, true)).snapshot();
        Resolution resolution = Resolver.resolve(snapshot);
        Map<String, String> parties = resolution.possiblySameParties();
        partyOf = id -> parties.getOrDefault(id, id);
        scanner = DocumentScanner.build(snapshot, partyOf);
    }

    @Test
    void development_listedMentions_keepTheirFloors() throws IOException {
        DocumentsEval.Figures all = evaluate("development");
        assertThat(all.precision()).isGreaterThanOrEqualTo(DEVELOPMENT_PRECISION);
        assertThat(all.recall()).isGreaterThanOrEqualTo(DEVELOPMENT_RECALL);
        assertThat(all.singleWordsListed()).as("single words falsely reported listed").isZero();
    }

    @Test
    void heldOut2026_11_listedMentions_keepTheRecordedQuality() throws IOException {
        DocumentsEval.Figures all = evaluate("heldout-2026-11");
        assertThat(all.precision()).isGreaterThanOrEqualTo(HELD_OUT_2026_11_PRECISION);
        assertThat(all.recall()).isGreaterThanOrEqualTo(HELD_OUT_2026_11_RECALL);
    }

    @Test
    void tuning2026_12_listedMentions_keepTheirFloors() throws IOException {
        DocumentsEval.Figures all = evaluate("tuning-2026-12");
        assertThat(all.precision()).isGreaterThanOrEqualTo(TUNING_2026_12_PRECISION);
        assertThat(all.recall()).isGreaterThanOrEqualTo(TUNING_2026_12_RECALL);
    }

    @Test
    void heldOut2026_12_listedMentions_keepTheRecordedQuality() throws IOException {
        DocumentsEval.Figures all = evaluate("heldout-2026-12");
        assertThat(all.precision()).isGreaterThanOrEqualTo(HELD_OUT_2026_12_PRECISION);
        assertThat(all.recall()).isGreaterThanOrEqualTo(HELD_OUT_2026_12_RECALL);
    }

    private static DocumentsEval.Figures evaluate(String set) throws IOException {
        DocumentsEval.Result r = DocumentsEval.run(scanner, DocumentsEval.bundled(set), partyOf);
        String report = r.table() + "\n" + r.markdown();
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "documents-eval-" + set + ".txt"), report, StandardCharsets.UTF_8);
        return r.all();
    }
}

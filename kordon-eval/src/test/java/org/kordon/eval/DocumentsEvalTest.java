package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kordon.documents.DocumentScanner;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

class DocumentsEvalTest {
    private static final SourceRef OFAC = new SourceRef("ofac-sdn", "test");
    private static final Sanction RUS = new Sanction("OFAC", List.of("RUSSIA-EO14024"), null, null, null);
    private static final DocumentScanner SCANNER = DocumentScanner.build(new ListSnapshot(List.of(OFAC), List.of(
            Entity.builder("ofac-sdn:35096", Schema.PERSON).name("PUTIN, Vladimir Vladimirovich", NameKind.PRIMARY).sanction(RUS).source(OFAC).build(),
            Entity.builder("ofac-sdn:35233", Schema.PERSON).name("LAVROV, Sergei Viktorovich", NameKind.PRIMARY).sanction(RUS).source(OFAC).build(),
            Entity.builder("ofac-sdn:17018", Schema.ORGANIZATION).name("SBERBANK", NameKind.PRIMARY).sanction(RUS).source(OFAC).build())));

    private static DocumentsEval.Result run(String labels, Map<String, String> texts) {
        return DocumentsEval.run(SCANNER, new DocumentsEval.Corpus(DocumentsEval.parseLabels(labels, "labels.tsv"), texts::get));
    }

    @Test
    void counts_hitsMissesAndFalseListed_perTypeAndAll() {
        DocumentsEval.Result r = run("""
                file\tmention\tstatus\tentity
                news/a.txt\tVladimir Putin\tLISTED\tofac-sdn:35096
                news/a.txt\tGazprom\tLISTED\t
                transcript/b.txt\tsberbank\tLISTED\t
                transcript/b.txt\tsergei lavrov\tNOT_LISTED\t
                """, Map.of(
                "news/a.txt", "Vladimir Putin met the heads of Gazprom.",
                "transcript/b.txt", "so sberbank lent money and sergei lavrov said nothing about it at all today"));

        assertThat(r.figures()).extracting(DocumentsEval.Figures::type).containsExactly("news", "transcript", "all");
        DocumentsEval.Figures news = r.figures().get(0);
        assertThat(news.hits()).isEqualTo(1);
        assertThat(news.missed()).as("Gazprom is not in the snapshot").isEqualTo(1);
        DocumentsEval.Figures transcript = r.figures().get(1);
        assertThat(transcript.hits()).isEqualTo(1);
        assertThat(transcript.falseListed()).as("sergei lavrov was labelled unlisted, found listed").isEqualTo(1);
        DocumentsEval.Figures all = r.all();
        assertThat(all.texts()).isEqualTo(2);
        assertThat(all.mentions()).isEqualTo(4);
        assertThat(all.precision()).isEqualTo(2 / 3.0);
        assertThat(all.recall()).isEqualTo(2 / 3.0);
        assertThat(r.markdown()).contains("| all | 2 | 4 | 3 | 2 | 1 | 1 | 0.667 | 0.667 | 0 | 2 / 4 |");
    }

    @Test
    void counts_listedAsAnotherParty_isAMissAndFalse() {
        DocumentsEval.Result r = run("news/a.txt\tVladimir Putin\tLISTED\tofac-sdn:1\n",
                Map.of("news/a.txt", "Vladimir Putin spoke."));
        assertThat(r.all().hits()).isZero();
        assertThat(r.all().missed()).isEqualTo(1);
        assertThat(r.all().falseListed()).isEqualTo(1);
    }

    @Test
    void counts_unlabelledSingleWordFoundListed_isAFalseSingleWord() {
        DocumentsEval.Result r = run("news/a.txt\tVladimir Putin\tLISTED\t\n",
                Map.of("news/a.txt", "Vladimir Putin spoke. Sberbank listened."));
        assertThat(r.all().falseListed()).isEqualTo(1);
        assertThat(r.all().singleWordsListed()).isEqualTo(1);
        assertThat(r.table()).contains("NO: unexpected listed");
    }

    @Test
    void parseLabels_badStatus_namesSourceLineAndField() {
        assertThatThrownBy(() -> DocumentsEval.parseLabels("# c\nnews/a.txt\tPutin\tSANCTIONED\t\n", "labels.tsv"))
                .hasMessageStartingWith("labels.tsv line 2, field status: 'SANCTIONED' is none of");
    }

    @Test
    void parseLabels_tooFewFields_namesLine() {
        assertThatThrownBy(() -> DocumentsEval.parseLabels("news/a.txt\tPutin\n", "labels.tsv"))
                .hasMessageStartingWith("labels.tsv line 1: expected file, mention, status");
    }

    @Test
    void counts_aFoundSpanThatDiffersByAQuoteOrALegalForm_isTheLabelledMention() {
        DocumentsEval.Result r = run("news/a.txt\tthe bank Sberbank\tLISTED\tofac-sdn:17018\n",
                Map.of("news/a.txt", "It was the bank Sberbank that lent."));
        assertThat(r.all().hits()).isEqualTo(1);
        assertThat(r.all().falseListed()).isZero();
    }

    @Test
    void spans_kthLabelOfTheSameWords_isTheKthOccurrenceNotInsideALongerLabel() {
        List<DocumentsEval.Label> labels = DocumentsEval.parseLabels(
                "a\tTreasury\tNOT_LISTED\na\tU.S. Treasury\tNOT_LISTED\na\tTreasury\tNOT_LISTED\n", "l");
        int[][] spans = DocumentsEval.spans("The U.S. Treasury said. Treasury again. Treasury.", labels);
        assertThat(spans[1]).containsExactly(4, 17);
        assertThat(spans[0]).containsExactly(24, 32);
        assertThat(spans[2]).containsExactly(40, 48);
    }
}

package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseFilterTest {
    private static final PhraseFilter LEGAL = PhraseFilter.fromResource("legal-forms.txt", NameAnalyzer.DEFAULT::foldedWords);
    private static final PhraseFilter TITLES = PhraseFilter.fromResource("titles.txt", NameAnalyzer.DEFAULT::foldedWords);

    private static PhraseFilter.Result apply(PhraseFilter f, String name) {
        List<String> shown = Tokenizer.split(ScriptTransliterator.toLatin(TextNormalizer.normalize(name)));
        return f.apply(NameAnalyzer.DEFAULT.foldedWords(name), shown);
    }

    @Test
    void apply_russianLegalFormInCyrillic_isDropped() {
        PhraseFilter.Result r = apply(LEGAL, "ПАО Сбербанк");
        assertThat(r.kept()).containsExactly("sberbank");
        assertThat(r.dropped()).containsExactly("pao");
    }

    @Test
    void apply_longLegalFormInAnotherSpelling_isDroppedWhole() {
        PhraseFilter.Result r = apply(LEGAL, "Obschestvo s ogranichennoi otvetstvennostiu Sovfrakht");
        assertThat(r.kept()).containsExactly("sovfraht");
        assertThat(r.dropped()).containsExactly("obschestvo s ogranichennoi otvetstvennostiu");
    }

    @Test
    void apply_kazakhTooAndEnglishLlp_areDropped() {
        assertThat(apply(LEGAL, "ТОО Каз Техно").kept()).containsExactly("kaz", "tehno");
        assertThat(apply(LEGAL, "Kaz Techno LLP").kept()).containsExactly("kaz", "techno");
    }

    @Test
    void apply_dottedAbbreviation_isDropped() {
        assertThat(apply(LEGAL, "EMMA L.L.C.").kept()).containsExactly("ema");
        assertThat(apply(LEGAL, "Sberbank of Russia PJSC").dropped()).containsExactly("pjsc");
    }

    @Test
    void apply_multiWordLegalFormInAnyOrder_isDropped() {
        assertThat(apply(LEGAL, "COMPANY KALASHNIKOV STOCK JOINT").kept()).containsExactly("kalashnikov");
        assertThat(apply(LEGAL, "HYPERSPACE COMPANY LIABILITY LIMITED").kept()).containsExactly("hiperspace");
    }

    @Test
    void apply_oneLetterPhrase_matchesOnlyAsWritten() {
        assertThat(apply(LEGAL, "A. S. Pushkin").kept()).containsExactly("a", "s", "pushkin");
        assertThat(apply(LEGAL, "Skoda a.s.").kept()).containsExactly("skoda");
    }

    @Test
    void apply_nameThatIsOnlyALegalForm_keepsIt() {
        PhraseFilter.Result r = apply(LEGAL, "OOO");
        assertThat(r.kept()).hasSize(1);
        assertThat(r.dropped()).isEmpty();
    }

    @Test
    void apply_commonWords_areNotLegalForms() {
        assertThat(apply(LEGAL, "Bank Trading Group").kept()).containsExactly("bank", "trading", "grup");
    }

    @Test
    void apply_titles_areDropped() {
        assertThat(apply(TITLES, "Sheikh Mohammed").kept()).containsExactly("mohamed");
        assertThat(apply(TITLES, "Dr. Ayman al-Zawahiri").kept()).containsExactly("aiman", "al", "zavahiri");
    }

    @Test
    void fromResource_classLines_giveEachFormItsClassCode() {
        assertThat(apply(LEGAL, "OOO Romashka").codes()).containsExactly("llc");
        assertThat(apply(LEGAL, "Obschestvo s ogranichennoi otvetstvennostiu Sovfrakht").codes()).containsExactly("llc");
        assertThat(apply(TITLES, "Sheikh Mohammed").codes()).containsExactly("sheih"); // a line of its own: its folded words
    }

    @Test
    void fromResource_badClassCode_namesFileAndLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PhraseFilter.fromResource("bad-legal-forms.txt", NameAnalyzer.DEFAULT::foldedWords))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-legal-forms.txt line 3")
                .hasMessageContaining("Limited Liability");
    }
}

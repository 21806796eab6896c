package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchedWordsTest {

    /** The marked words, as the name writes them. */
    private static List<String> marked(String name, String query) {
        return MatchedWords.spans(name, query).stream().map(s -> name.substring(s[0], s[1])).toList();
    }

    @Test
    void spans_euSplitCyrillicName_marksWholeWrittenWordsJoinedByTheEngine() {
        String eu = "Влади мир Влади мирович ПУ ТИН";

        assertThat(marked(eu, "Vladimir Putin")).containsExactly("Влади", "мир", "ПУ", "ТИН");
        assertThat(marked(eu, "Владимир Путин")).containsExactly("Влади", "мир", "ПУ", "ТИН");
        assertThat(MatchedWords.json(eu, "Vladimir Putin")).containsExactly(List.of(0, 5), List.of(6, 9), List.of(24, 26), List.of(27, 30));
    }

    @Test
    void spans_cyrillicNameLatinQuery_wholeWordsNotThePatronymic() {
        assertThat(marked("Путин Владимир Владимирович", "Vladimir Putin")).containsExactly("Путин", "Владимир");
    }

    @Test
    void spans_latinDiacriticsDecomposed_markCoversTheWholeWord() {
        String nfd = "Aliaksandr Ryhoravic\u030C LUKAS\u030CENKA";

        assertThat(marked(nfd, "Alexander Lukasenka")).contains("LUKAS\u030CENKA");
        assertThat(marked("Aliaksandr Ryhoravič LUKAŠENKA", "Lukasenka")).containsExactly("LUKAŠENKA");
    }

    @Test
    void spans_queryWordsWrittenJoinedInTheName_nameWordMarked() {
        assertThat(marked("ABUBAKAR Shekau", "Abu Bakar Shekau")).containsExactly("ABUBAKAR", "Shekau");
    }

    @Test
    void spans_hyphenatedParticle_wordMarkedWhole() {
        assertThat(marked("Watban Ibrahim Hasan al-Tikriti", "Watban Tikriti")).containsExactly("Watban", "al-Tikriti");
    }

    @Test
    void spans_nothingInCommon_nothingMarked() {
        assertThat(MatchedWords.spans("Sberbank of Russia", "Vladimir Putin")).isEmpty();
        assertThat(MatchedWords.spans("", "Vladimir Putin")).isEmpty();
    }
}

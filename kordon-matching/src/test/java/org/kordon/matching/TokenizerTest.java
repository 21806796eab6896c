package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void split_spaces_giveWords() {
        assertThat(Tokenizer.split("putin vladimir v")).containsExactly("putin", "vladimir", "v");
    }

    @Test
    void split_empty_givesNothing() {
        assertThat(Tokenizer.split("")).isEmpty();
    }

    @Test
    void split_repeatedSpaces_giveNoEmptyWords() {
        assertThat(Tokenizer.split(" a  b ")).containsExactly("a", "b");
    }
}

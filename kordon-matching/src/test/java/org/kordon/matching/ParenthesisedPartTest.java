package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParenthesisedPartTest {
    @Test
    void trailingBracketedPart_isReadAlsoWithout() {
        assertThat(ParenthesisedPart.forms("Design Bureau of Navigation Sytems (NAVIS)"))
                .containsExactly("Design Bureau of Navigation Sytems (NAVIS)", "Design Bureau of Navigation Sytems");
        assertThat(ParenthesisedPart.without("LLC Mayak (ООО ‘МАЯК’)")).isEqualTo("LLC Mayak");
        assertThat(ParenthesisedPart.without("ANSAR AL-SHARI’A IN TUNISIA [AAS-T]")).isEqualTo("ANSAR AL-SHARI’A IN TUNISIA");
    }

    @Test
    void oneWordBefore_orNoTrailingPart_isLeftWhole() {
        assertThat(ParenthesisedPart.forms("Rostec (Russian Technologies State Corporation)"))
                .isEqualTo(List.of("Rostec (Russian Technologies State Corporation)"));
        assertThat(ParenthesisedPart.without("Joint Stock Company (Mars) Plant")).isNull();
        assertThat(ParenthesisedPart.without("Vladimir Putin")).isNull();
        assertThat(ParenthesisedPart.without("(CMC)")).isNull();
    }
}

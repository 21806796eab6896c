package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParenthesisedPartTest {
    private static final NameAnalyzer A = NameAnalyzer.DEFAULT;

    @Test
    void trailingBracketedPart_isReadAlsoWithout() {
        assertThat(ParenthesisedPart.forms("Design Bureau of Navigation Sytems (NAVIS)", A))
                .containsExactly("Design Bureau of Navigation Sytems (NAVIS)", "Design Bureau of Navigation Sytems");
        assertThat(ParenthesisedPart.without("LLC Mayak (ООО ‘МАЯК’)", A)).isEqualTo("LLC Mayak");
        assertThat(ParenthesisedPart.without("ANSAR AL-SHARI’A IN TUNISIA [AAS-T]", A)).isEqualTo("ANSAR AL-SHARI’A IN TUNISIA");
    }

    @Test
    void aPartNamingOnlyPlaces_isAQualifier_andStays() {
        assertThat(ParenthesisedPart.without("PJSC VTB BANK (KIEV)", A)).isNull();
        assertThat(ParenthesisedPart.without("Bank Melli Iran (Moscow)", A)).isNull();
        assertThat(ParenthesisedPart.without("Alexander Alexandrovich MIKHEEV (Russian: Aleksandr Aleksandrowitsch Michejew)", A))
                .isEqualTo("Alexander Alexandrovich MIKHEEV");
    }

    @Test
    void oneWordBefore_orNoTrailingPart_isLeftWhole() {
        assertThat(ParenthesisedPart.forms("Rostec (Russian Technologies State Corporation)", A))
                .isEqualTo(List.of("Rostec (Russian Technologies State Corporation)"));
        assertThat(ParenthesisedPart.without("Joint Stock Company (Mars) Plant", A)).isNull();
        assertThat(ParenthesisedPart.without("Vladimir Putin", A)).isNull();
        assertThat(ParenthesisedPart.without("(CMC)", A)).isNull();
    }
}

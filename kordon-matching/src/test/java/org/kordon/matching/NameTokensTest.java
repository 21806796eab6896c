package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NameTokensTest {
    @Test
    void fold_cyrillicAndLatinSpellings_giveTheSameWords() {
        assertThat(NameTokens.fold("Юрий Ковальчук")).isEqualTo(NameTokens.fold("Yuriy Kovalchuk"));
    }

    @Test
    void fold_keepsConnectingWordsAndLegalForms() {
        assertThat(NameTokens.fold("Sberbank of Russia PJSC")).containsExactly("sberbank", "of", "rusia", "pjsc");
    }

    @Test
    void fold_blankText_givesNoWords() {
        assertThat(NameTokens.fold("  -- ")).isEmpty();
    }

    @Test
    void of_dropsLegalFormsAndConnectors_likeTheScreener() {
        assertThat(NameTokens.of("PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA")).containsExactly("sberbank", "rusia");
    }

    @Test
    void of_null_isRejected() {
        assertThatThrownBy(() -> NameTokens.of(null)).isInstanceOf(NullPointerException.class);
    }
}

package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeysTest {
    @Test
    void line_thenCheck_acceptsTheKeyWithItsRole() {
        ApiKeys keys = ApiKeys.parse(ApiKeys.line("ui", Access.READ, "k-123456789"), "test");

        assertThat(keys.check("k-123456789")).hasValueSatisfying(k -> {
            assertThat(k.name()).isEqualTo("ui");
            assertThat(k.role()).isEqualTo(Access.READ);
        });
    }

    @Test
    void check_otherKey_rejected() {
        ApiKeys keys = ApiKeys.parse(ApiKeys.line("ui", Access.WRITE, "k-123456789"), "test");

        assertThat(keys.check("k-123456780")).isEmpty();
        assertThat(keys.check("")).isEmpty();
        assertThat(keys.check(null)).isEmpty();
    }

    @Test
    void line_neverHoldsTheKey() {
        assertThat(ApiKeys.line("ui", Access.WRITE, "secret-key-value")).doesNotContain("secret-key-value");
    }

    @Test
    void parse_shortHash_namesLineAndField() {
        assertThatThrownBy(() -> ApiKeys.parse("# c\n\nui:read:salt:abcd", "keys.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("keys.txt line 3, field sha256hex: must be 64 hex digits");
    }

    @Test
    void parse_missingField_namesLine() {
        assertThatThrownBy(() -> ApiKeys.parse("ui:read:" + "0".repeat(64), "keys.txt"))
                .hasMessage("keys.txt line 1: expected name:role:salt:sha256hex");
    }
}

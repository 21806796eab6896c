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

    @Test
    void parse_actForRole_isAWriteKeyThatMayActForOthers() {
        ApiKeys keys = ApiKeys.parse(ApiKeys.line("portal", Access.WRITE, true, "k-123456789"), "test");

        assertThat(keys.check("k-123456789")).hasValueSatisfying(k -> {
            assertThat(k.role()).isEqualTo(Access.WRITE);
            assertThat(k.actFor()).isTrue();
        });
    }

    @Test
    void parse_writeRole_mayNotActForOthers() {
        assertThat(ApiKeys.parse(ApiKeys.line("batch", Access.WRITE, "k-123456789"), "test").check("k-123456789"))
                .hasValueSatisfying(k -> assertThat(k.actFor()).isFalse());
    }

    @Test
    void parse_unknownRole_namesTheThreeRoles() {
        assertThatThrownBy(() -> ApiKeys.parse("ui:admin:salt:" + "0".repeat(64), "keys.txt"))
                .hasMessage("keys.txt line 1, field role: must be read, write or act-for, got 'admin'");
    }

    @Test
    void parse_reservedName_refusedNamingLineAndField() {
        assertThatThrownBy(() -> ApiKeys.parse("# keys\nanonymous:write:salt:" + "0".repeat(64), "keys.txt"))
                .hasMessageStartingWith("keys.txt line 2, field name: 'anonymous' is reserved");
        assertThatThrownBy(() -> ApiKeys.parse("Kordon:write:salt:" + "0".repeat(64), "keys.txt"))
                .hasMessageStartingWith("keys.txt line 1, field name: 'Kordon' is reserved");
    }

    @Test
    void parse_nameLongerThanThePrincipalColumn_refused() {
        assertThatThrownBy(() -> ApiKeys.parse("a".repeat(201) + ":write:salt:" + "0".repeat(64), "keys.txt"))
                .hasMessage("keys.txt line 1, field name: at most 200 characters");
    }

    @Test
    void line_actForReadKey_refused() {
        assertThatThrownBy(() -> ApiKeys.line("ui", Access.READ, true, "k")).isInstanceOf(IllegalArgumentException.class);
    }
}

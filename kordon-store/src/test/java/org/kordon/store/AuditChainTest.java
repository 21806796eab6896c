package org.kordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The hash rule as docs/reliability/audit.md states it: these expected values were computed by the Python function
 * printed there, so an auditor's own implementation and Kordon's agree, and a change of the serialisation fails here.
 */
class AuditChainTest {
    static final String FIRST = "76112ca655b6d59a33a56d96d53022596eb77884e2c75203cbed9a946eea9554";

    @Test
    void hash_firstEntryWithNulls_matchesTheDocumentedRule() {
        assertThat(AuditChain.hash(1, OffsetDateTime.parse("2026-11-24T09:15:02Z"), null, "kordon", "LIST_LOADED", null, null, null, 1L,
                "fixture v1: 3 entities", AuditChain.GENESIS)).isEqualTo(FIRST);
    }

    @Test
    void hash_decisionWithNonAsciiDetail_countsUtf8BytesAndUsesUtc() {
        OffsetDateTime inKyiv = OffsetDateTime.parse("2026-11-24T11:15:02.123456+02:00");

        assertThat(AuditChain.hash(2, inKyiv, "portal", "anna", "ALERT_DECIDED", "C-1", 17L, "ofac-35096", 1L,
                "open -> false_positive: namesake, born 1981 in Kazan (Казань)", FIRST))
                .isEqualTo("e6e67222d67a72679db43d65b0be7e2e5bad7becb52230c88ef063f16dd5e4bc");
    }

    @Test
    void hash_nullAndEmptyText_differ() {
        OffsetDateTime at = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

        assertThat(AuditChain.hash(1, at, null, "a", "X", null, null, null, null, "", AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, at, "", "a", "X", null, null, null, null, "", AuditChain.GENESIS));
    }

    @Test
    void storable_loneSurrogatesAndNul_becomeReplacementCharacters_pairsKept() {
        assertThat(AuditChain.storable("a\uD800b\uDC00c\u0000d\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00");
        assertThat(AuditChain.storable("plain")).isSameAs("plain");
    }
}

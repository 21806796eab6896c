package org.kordon.trade;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing found about a shipment, with its evidence and severity: a row of {@code findings.csv}.
 *
 * <p>{@code Finding[shipmentId=S-1, kind=CONTROLLED_GOODS, severity=HIGH, party=, entityId=, hs6=854231,
 * detail=CHP Tier 1 (published 2024-02-23): Electronic integrated circuits; processors and controllers...]}
 *
 * @param shipmentId the shipment's id
 * @param kind       what was found
 * @param severity   how much it weighs
 * @param party      the role of the party concerned ({@code consignee}...), or "" when none
 * @param entityId   the listed entity's id for {@code listed_party}, {@code owned_by_listed} and {@code export_control_end_user}, or ""
 * @param hs6        the HS-6 code concerned, or ""
 * @param detail     the evidence, readable
 */
public record Finding(String shipmentId, Kind kind, Severity severity, String party, String entityId, String hs6, String detail) {
    /** What a finding is about; {@link #csvName()} is the {@code finding} column's value. */
    public enum Kind {
        LISTED_PARTY, OWNED_BY_LISTED, EXPORT_CONTROL_END_USER, CONTROLLED_GOODS, DIVERSION_RISK, SANCTIONED_DESTINATION, RED_FLAG,
        INVALID_HS_CODE;

        /** e.g. {@code listed_party}. */
        public String csvName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How much a finding weighs; {@link #csvName()} is the {@code severity} column's value. */
    public enum Severity {
        HIGH, MEDIUM, LOW;

        /** e.g. {@code high}. */
        public String csvName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Finding {
        Objects.requireNonNull(shipmentId, "shipmentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        party = party == null ? "" : party;
        entityId = entityId == null ? "" : entityId;
        hs6 = hs6 == null ? "" : hs6;
        detail = detail == null ? "" : detail;
    }
}

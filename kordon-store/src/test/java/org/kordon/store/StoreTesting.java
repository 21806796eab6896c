package org.kordon.store;

import java.time.OffsetDateTime;

/**
 * What tests outside this package (kordon-review's workflow and audit-chain contracts) may do to a store that the
 * store's API does not offer: run SQL past it, and forge audit hashes the way a tamperer with the format would.
 * Test code only (kordon-store's test-jar); the store's public API stays as small as its callers need.
 */
public final class StoreTesting {
    /** The hash before the first audit entry. */
    public static final String GENESIS = AuditChain.GENESIS;

    private StoreTesting() {
    }

    /** Runs one statement outside the store's API, as the store's own database user. */
    public static int executeUpdate(Store store, String sql) {
        return store.executeUpdate(sql);
    }

    /** {@code h2} or {@code postgresql}: the folder of the URL's vendor-specific migrations. */
    public static String vendorOf(String jdbcUrl) {
        return Store.vendorOf(jdbcUrl);
    }

    /** The hash of one audit entry over its fields and its predecessor's hash, as the store computes it. */
    public static String auditHash(long seq, OffsetDateTime at, String principal, String actor, String action, String subjectId,
                                   Long alertId, String entityId, Long versionId, String detail, String prevHash) {
        return AuditChain.hash(seq, at, principal, actor, action, subjectId, alertId, entityId, versionId, detail, prevHash);
    }
}

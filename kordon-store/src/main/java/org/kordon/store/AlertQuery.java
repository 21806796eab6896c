package org.kordon.store;

/**
 * Which alerts to list, newest first. {@code AlertQuery.all().withStatus(AlertStatus.OPEN)} lists open alerts.
 *
 * @param status    only alerts in this state, or null for all
 * @param subjectId only alerts of this subject, or null
 * @param entityId  only alerts on this entity (a resolved entity's {@code ke:} id, or a listing's id: then also the
 *                  alerts on the resolved entity that held the listing when they were raised), or null
 * @param minScore  only alerts scoring at least this
 * @param limit     page size, 1 to 500
 * @param offset    alerts skipped, 0 or more
 * @param kind      only alerts of this kind ({@link Alert#NAME}, {@link Alert#OWNERSHIP}), or null for both
 */
public record AlertQuery(AlertStatus status, String subjectId, String entityId, double minScore, int limit, int offset,
                         String kind) {
    public static final int MAX_LIMIT = 500;

    public AlertQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("min_score must be in [0,1], got " + minScore);
        }
        if (kind != null && !Alert.NAME.equals(kind) && !Alert.OWNERSHIP.equals(kind) && !Alert.PAYMENT.equals(kind)) {
            throw new IllegalArgumentException("kind must be name, ownership or payment, got '" + kind + "'");
        }
    }

    /** Alerts of every kind. */
    public AlertQuery(AlertStatus status, String subjectId, String entityId, double minScore, int limit, int offset) {
        this(status, subjectId, entityId, minScore, limit, offset, null);
    }

    public static AlertQuery all() {
        return new AlertQuery(null, null, null, 0, 50, 0);
    }

    public AlertQuery withStatus(AlertStatus s) {
        return new AlertQuery(s, subjectId, entityId, minScore, limit, offset, kind);
    }

    public AlertQuery withSubject(String s) {
        return new AlertQuery(status, s, entityId, minScore, limit, offset, kind);
    }

    public AlertQuery withEntity(String e) {
        return new AlertQuery(status, subjectId, e, minScore, limit, offset, kind);
    }

    public AlertQuery withKind(String k) {
        return new AlertQuery(status, subjectId, entityId, minScore, limit, offset, k);
    }

    public AlertQuery page(int newLimit, int newOffset) {
        return new AlertQuery(status, subjectId, entityId, minScore, newLimit, newOffset, kind);
    }
}

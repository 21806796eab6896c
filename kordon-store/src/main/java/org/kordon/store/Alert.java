package org.kordon.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A possible match of a subject with a listed entity, as found on one version of the lists.
 *
 * @param id            the alert's number
 * @param kind          {@link #NAME} (the subject's name matched a listed entity) or {@link #OWNERSHIP} (the listed
 *                      entity owns or controls the subject; the explanation carries the path per regime)
 * @param subjectId     the subject's external id
 * @param entityId      the listed entity's id, e.g. {@code ofac-36} or {@code un-QDi.001}
 * @param entityCaption the listed entity's display name when alerted
 * @param versionId     the list version the match was found on
 * @param score         the matcher's score in [0,1]
 * @param matchedName   the listed name (primary or alias) that matched
 * @param explanation   the matcher's one-line explanation
 * @param features      the matcher's contributions: name, birth date, country, identifiers…
 * @param entityHash    SHA-256 of the listed entity's content when alerted
 * @param subjectHash   SHA-256 of the subject's content when alerted
 * @param status        where it stands now
 * @param createdAt     when it was raised
 */
public record Alert(long id, String kind, String subjectId, String entityId, String entityCaption, long versionId, double score,
                    String matchedName, String explanation, List<AlertContribution> features, String entityHash,
                    String subjectHash, AlertStatus status, OffsetDateTime createdAt) {
    /** The matcher found the subject's name (and other attributes) on a list. */
    public static final String NAME = "name";
    /** Listed parties own or control the subject under a sanctions regime's ownership rules. */
    public static final String OWNERSHIP = "ownership";

    public Alert {
        if (!NAME.equals(kind) && !OWNERSHIP.equals(kind)) {
            throw new IllegalArgumentException("alert kind must be name or ownership, got " + kind);
        }
        features = List.copyOf(features);
    }
}

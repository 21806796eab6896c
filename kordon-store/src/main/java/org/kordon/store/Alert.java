package org.kordon.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A possible match of a subject with a listed entity, as found on one version of the lists.
 *
 * @param id            the alert's number
 * @param kind          {@link #NAME} (the subject's name matched a listed entity), {@link #OWNERSHIP} (the listed
 *                      entity owns or controls the subject; the explanation carries the path per regime) or
 *                      {@link #PAYMENT} (a party of a held payment transaction hit a listed entity or a place; the
 *                      explanation names the field, role, value and listed entity; its {@link Payment} is
 *                      {@link Store#paymentOfAlert})
 * @param subjectId     the subject's external id
 * @param entityId      the alerted entity's id: for a name alert the resolved entity's ({@code ke:eu:…-669}), for an
 *                      ownership alert (and name alerts raised before resolution) a listing's ({@code ofac-sdn:35096})
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
 * @param listingId     the listing whose name matched best (an ownership alert: the owner listing, {@code entityId})
 * @param listings      every listing of the entity when the alert was raised, in id order; {@code [entityId]} for
 *                      alerts on one listing
 */
public record Alert(long id, String kind, String subjectId, String entityId, String entityCaption, long versionId, double score,
                    String matchedName, String explanation, List<AlertContribution> features, String entityHash,
                    String subjectHash, AlertStatus status, OffsetDateTime createdAt, String listingId, List<String> listings) {
    /** The matcher found the subject's name (and other attributes) on a list. */
    public static final String NAME = "name";
    /** Listed parties own or control the subject under a sanctions regime's ownership rules. */
    public static final String OWNERSHIP = "ownership";
    /** A party of a held payment transaction hit a listed entity (or a place under sanctions). */
    public static final String PAYMENT = "payment";
    /** The store's room for {@link #listings}, one per line. */
    static final int MAX_LISTINGS_CHARS = 8000;

    public Alert {
        if (!NAME.equals(kind) && !OWNERSHIP.equals(kind) && !PAYMENT.equals(kind)) {
            throw new IllegalArgumentException("alert kind must be name, ownership or payment, got " + kind);
        }
        features = List.copyOf(features);
        listings = List.copyOf(listings);
        if (listings.isEmpty() || !listings.contains(listingId)) {
            throw new IllegalArgumentException("alert listings " + listings + " must hold its listing " + listingId);
        }
        if (String.join("\n", listings).length() > MAX_LISTINGS_CHARS) {
            throw new IllegalArgumentException("alert on " + entityId + ": " + listings.size() + " listings exceed "
                    + MAX_LISTINGS_CHARS + " characters; the store cannot keep them");
        }
    }

    /** An alert on one listing (an ownership alert, or a name alert raised before resolution). */
    public Alert(long id, String kind, String subjectId, String entityId, String entityCaption, long versionId, double score,
                 String matchedName, String explanation, List<AlertContribution> features, String entityHash,
                 String subjectHash, AlertStatus status, OffsetDateTime createdAt) {
        this(id, kind, subjectId, entityId, entityCaption, versionId, score, matchedName, explanation, features, entityHash,
                subjectHash, status, createdAt, entityId, List.of(entityId));
    }

    /** The same alert as stored: its number, state and time of raising. */
    Alert stored(long newId, AlertStatus newStatus, OffsetDateTime at) {
        return new Alert(newId, kind, subjectId, entityId, entityCaption, versionId, score, matchedName, explanation, features,
                entityHash, subjectHash, newStatus, at, listingId, listings);
    }
}

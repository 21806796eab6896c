package org.kordon.store;

/**
 * One listing that a list version added, changed or removed, or one resolved entity whose listings it changed.
 *
 * @param entityId the listing's id, or for kind {@code entity} the resolved entity's ({@code ke:…})
 * @param kind     {@code added}, {@code changed} or {@code removed} (a listing), {@code entity} (a resolved entity)
 * @param detail   for a change, the fields that changed ({@code names: +alias: SBERBANK PJSC}); for an entity what
 *                 happened to it ({@code newly listed by eu-32014R0269 (eu:…); already listed by ofac-sdn}); else empty
 */
public record ListChange(long versionId, String entityId, String kind, String caption, String detail) {
    /** The kind of a resolved entity's change. */
    public static final String ENTITY = "entity";
}

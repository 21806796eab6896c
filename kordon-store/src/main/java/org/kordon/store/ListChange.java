package org.kordon.store;

/**
 * One entity that a list version added, changed or removed.
 *
 * @param kind   {@code added}, {@code changed} or {@code removed}
 * @param detail for a change, the fields that changed ({@code names: +alias: SBERBANK PJSC}); else empty
 */
public record ListChange(long versionId, String entityId, String kind, String caption, String detail) {
}

package org.kordon.store;

import java.time.OffsetDateTime;

/**
 * One version of the loaded lists, as recorded when it was loaded.
 *
 * @param source      the files or folders loaded
 * @param checksum    SHA-256 over the list files' bytes
 * @param published   the publishers' own version strings (publication dates), or null
 * @param entityCount how many entities it holds
 */
public record ListVersion(long id, String source, String checksum, String published, OffsetDateTime loadedAt,
                          int entityCount, int added, int changed, int removed) {
}

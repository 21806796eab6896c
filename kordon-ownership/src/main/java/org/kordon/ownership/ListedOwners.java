package org.kordon.ownership;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one question other engines ask the ownership rules: which listed entities own or control the company these
 * keys name? Shipment screening (kordon-trade) asks it with a party's name, vessel profiles (kordon-maritime) with an
 * owner's or manager's IMO company number and name; {@link #of} answers it from a {@link ListedOwnership}, and
 * {@link #NONE} when no ownership data is given.
 *
 * <pre>{@code
 * ListedOwnership lo = ListedOwnership.of(graph, snapshot.byId().keySet(), ListedOwnership.SANCTIONS, LocalDate.now());
 * ListedOwners owners = ListedOwners.of(lo, id -> snapshot.find(id).map(Entity::caption).orElse(id));
 * owners.listedOwnersOf("Beta LLP")
 * // [Owner[entityId=ofac-1, name=ACME HOLDING, path=OFAC, EU: blocked, listed-owned 50%: ofac-1 -50%-> Beta LLP]]
 * }</pre>
 *
 * Implementations must be thread-safe: screening runs on several threads.
 */
@FunctionalInterface
public interface ListedOwners {
    /** Finds no owner. */
    ListedOwners NONE = keys -> List.of();

    /**
     * A listed owner.
     *
     * @param entityId the listed entity's id
     * @param name     its name (its id when the lists do not know it)
     * @param path     per regime that catches the company: status, listed-owned share and the ownership path
     */
    record Owner(String entityId, String name, String path) {
        public Owner {
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * The listed entities that own or control the company that {@code keys} name (ids, numbers or names; null and
     * blank keys are skipped), empty when none or unknown.
     */
    List<Owner> listedOwnersOf(String... keys);

    /**
     * Answers from evaluated ownership rules ({@link ListedOwnership#ownersOf}).
     *
     * @param captions a listed entity's name from its id (e.g. from the lists); the id itself when it returns null
     */
    static ListedOwners of(ListedOwnership ownership, Function<String, String> captions) {
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(captions, "captions");
        return keys -> ownership.ownersOf(keys).stream()
                .map(o -> new Owner(o.entityId(), Objects.requireNonNullElse(captions.apply(o.entityId()), o.entityId()), o.path()))
                .toList();
    }
}

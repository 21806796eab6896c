package org.kordon.trade;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.kordon.ownership.ListedOwnership;

/**
 * {@link ListedOwners} answered by kordon-ownership: a party is owned by listed entities when the ownership graph
 * has a node whose id or name is the party's name and a sanctions regime catches it.
 *
 * <pre>{@code
 * ListedOwnership lo = ListedOwnership.of(graph, snapshot.byId().keySet(), ListedOwnership.SANCTIONS, LocalDate.now());
 * ShipmentScreener s = ShipmentScreener.builder(screener)
 *         .listedOwners(new OwnershipListedOwners(lo, id -> snapshot.find(id).map(Entity::caption).orElse(id)))
 *         .build();
 * // consignee "Beta LLP", 50% owned by ofac-1 ->
 * // owned_by_listed, entity ofac-1, detail "... 'ACME HOLDING': OFAC, EU: blocked, listed-owned 50%: ofac-1 -50%-> Beta LLP"
 * }</pre>
 *
 * Thread-safe as {@link ListedOwnership} is.
 */
public final class OwnershipListedOwners implements ListedOwners {
    private final ListedOwnership ownership;
    private final Function<String, String> captions;

    /**
     * @param ownership the evaluated graph
     * @param captions  a listed entity's name from its id (e.g. from the lists); the id itself when unknown
     */
    public OwnershipListedOwners(ListedOwnership ownership, Function<String, String> captions) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.captions = Objects.requireNonNull(captions, "captions");
    }

    @Override
    public List<Owner> listedOwnersOf(Party party) {
        return ownership.ownersOf(party.name()).stream()
                .map(o -> new Owner(o.entityId(), Objects.requireNonNullElse(captions.apply(o.entityId()), o.entityId()), o.path()))
                .toList();
    }
}

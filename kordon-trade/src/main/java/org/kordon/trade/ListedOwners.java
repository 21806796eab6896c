package org.kordon.trade;

import java.util.List;

/**
 * The ownership rules as shipment screening needs them: which listed entities own or control a party. The seam where
 * kordon-ownership (50 % rule per regime, aggregation over chains) plugs in; until it is connected, {@link #NONE}
 * finds nothing and no {@code owned_by_listed} finding is made.
 *
 * <pre>{@code
 * ListedOwners owners = party -> party.name().equals("Beta LLP")
 *         ? List.of(new ListedOwners.Owner("ofac-12345", "Gamma JSC", "Gamma JSC 60 % -> Beta LLP (OFAC 50 % rule)"))
 *         : List.of();
 * }</pre>
 *
 * Implementations must be thread-safe: screening runs on several threads.
 */
@FunctionalInterface
public interface ListedOwners {
    /** A listed owner: its entity id, its name and the ownership path with the rule applied. */
    record Owner(String entityId, String name, String path) {
    }

    /** Finds no owner. */
    ListedOwners NONE = party -> List.of();

    /** The listed entities that own or control {@code party}, empty when none or unknown. */
    List<Owner> listedOwnersOf(Party party);
}

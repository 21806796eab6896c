package org.kordon.maritime;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.kordon.ownership.ListedOwnership;

/**
 * {@link OwnerCheck} answered by kordon-ownership: a vessel's owner or manager is owned by listed parties when the
 * ownership graph has a node whose id is the company's IMO company number, or whose id or name is the company's
 * name, and a sanctions regime catches it. Combine it with the list check:
 *
 * <pre>{@code
 * OwnerCheck owners = OwnerCheck.listed(snapshot, names)
 *         .and(new OwnershipOwnerCheck(ownership, id -> snapshot.find(id).map(Entity::caption).orElse(id)));
 * owners.check("SEA STAR SHIPPING LLC", "6412345")
 * // [OwnerHit[entityId=ofac-1, caption=ACME HOLDING, score=1.0,
 * //           how=owned by listed parties: OFAC, EU: blocked, listed-owned 60%: ofac-1 -60%-> 6412345]]
 * }</pre>
 *
 * Thread-safe as {@link ListedOwnership} is.
 */
public final class OwnershipOwnerCheck implements OwnerCheck {
    private final ListedOwnership ownership;
    private final Function<String, String> captions;

    /**
     * @param ownership the evaluated graph
     * @param captions  a listed entity's name from its id (e.g. from the lists); the id itself when unknown
     */
    public OwnershipOwnerCheck(ListedOwnership ownership, Function<String, String> captions) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.captions = Objects.requireNonNull(captions, "captions");
    }

    @Override
    public List<OwnerHit> check(String companyName, String companyImo) {
        return ownership.ownersOf(companyImo, companyName).stream()
                .map(o -> new OwnerHit(o.entityId(), Objects.requireNonNullElse(captions.apply(o.entityId()), o.entityId()), 1.0,
                        "owned by listed parties: " + o.path()))
                .toList();
    }
}

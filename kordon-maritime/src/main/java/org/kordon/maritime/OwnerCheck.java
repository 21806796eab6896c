package org.kordon.maritime;

import java.util.List;
import java.util.Objects;
import org.kordon.ownership.ListedOwners;

/**
 * Says whether a vessel's owner or manager is a listed party, or owned by one: the hook through which
 * {@link VesselProfiles} reaches the lists ({@link #listed}) and, when wired in by the caller, the ownership
 * engine (a check that walks ownership chains to listed parties). Implementations are thread-safe.
 *
 * <pre>{@code
 * OwnerCheck listed = OwnerCheck.listed(snapshot, Screeners.build(snapshot, Algorithm.KORDON));
 * OwnerCheck both = listed.and(OwnerCheck.ownedBy(owners));   // owners: kordon-ownership's ListedOwners
 * listed.check("TRANS-FLOT JSC", "5327250");           // [OwnerHit[entityId=ofac-sdn:21110, caption=TRANS-FLOT JSC, ...]]
 * }</pre>
 */
@FunctionalInterface
public interface OwnerCheck {
    /** Checks nothing: the profile then has no {@link IndicatorKind#OWNER_LISTED} indicator. */
    OwnerCheck NONE = (name, imo) -> List.of();

    /**
     * The listed parties this company is, or is owned by.
     *
     * @param companyName the company's name as the vessel data print it; never blank
     * @param companyImo  its IMO company number as the data give it, or null
     * @return the listed parties it is, or is owned by; empty when none
     */
    List<OwnerHit> check(String companyName, String companyImo);

    /**
     * The check against the lists themselves: the IMO company number against the lists' company numbers (OFAC
     * writes them as {@code Company Number IMO 5055293}), then the name through the screening engine (schema
     * Company, the engine's default alert threshold).
     */
    static OwnerCheck listed(org.kordon.model.ListSnapshot snapshot, org.kordon.matching.Screener screener) {
        return new ListedOwnerCheck(snapshot, screener);
    }

    /**
     * The check against the ownership rules: the company is owned or controlled by listed parties when {@code owners}
     * names any for its IMO company number or its name. Each hit has score 1.0 and says {@code owned by listed parties:}
     * followed by the path.
     *
     * <pre>{@code
     * OwnerCheck owners = OwnerCheck.listed(snapshot, names).and(OwnerCheck.ownedBy(ListedOwners.of(ownership, captions)));
     * owners.check("SEA STAR SHIPPING LLC", "6412345")
     * // [..., OwnerHit[entityId=ofac-1, caption=ACME HOLDING, score=1.0,
     * //                how=owned by listed parties: OFAC, EU: blocked, listed-owned 60%: ofac-1 -60%-> 6412345]]
     * }</pre>
     */
    static OwnerCheck ownedBy(ListedOwners owners) {
        Objects.requireNonNull(owners, "owners");
        return (name, imo) -> owners.listedOwnersOf(imo, name).stream()
                .map(o -> new OwnerHit(o.entityId(), o.name(), 1.0, "owned by listed parties: " + o.path()))
                .toList();
    }

    /** This check's hits followed by {@code other}'s. */
    default OwnerCheck and(OwnerCheck other) {
        return (name, imo) -> {
            List<OwnerHit> a = check(name, imo);
            List<OwnerHit> b = other.check(name, imo);
            if (b.isEmpty()) {
                return a;
            }
            return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
        };
    }
}

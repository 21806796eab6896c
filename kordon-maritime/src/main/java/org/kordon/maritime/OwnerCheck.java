package org.kordon.maritime;

import java.util.List;

/**
 * Says whether a vessel's owner or manager is a listed party, or owned by one: the hook through which
 * {@link VesselProfiles} reaches the lists ({@link #listed}) and, when wired in by the caller, the ownership
 * engine (a check that walks ownership chains to listed parties). Implementations are thread-safe.
 *
 * <pre>{@code
 * OwnerCheck listed = OwnerCheck.listed(snapshot, Screeners.build(snapshot, Algorithm.KORDON));
 * OwnerCheck both = listed.and(ownershipBackedCheck);   // e.g. an adapter over kordon-ownership
 * listed.check("TRANS-FLOT JSC", "5327250");           // [OwnerHit[entityId=ofac-sdn:21110, caption=TRANS-FLOT JSC, ...]]
 * }</pre>
 */
@FunctionalInterface
public interface OwnerCheck {
    /** Checks nothing: the profile then has no {@link IndicatorKind#OWNER_LISTED} indicator. */
    OwnerCheck NONE = (name, imo) -> List.of();

    /**
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

package org.kordon.maritime;

/**
 * The shadow-fleet risk indicators Kordon flags, after the published guidance: the US "Sanctions Advisory for the
 * Maritime Industry, Energy and Metals Sectors" (May 2020: false flags, flag hopping, complex ownership) and the
 * Price Cap Coalition's "Advisory for the Maritime Oil Industry and Related Sectors" (12 October 2023; updated
 * 21 October 2024: continuous P&I cover from legitimate insurers, high-risk shipping practices), with OFSI's
 * maritime guidance. Those texts name practices, not numbers; the thresholds Kordon uses (12-month window, 2
 * changes, 15 years, 24 months) are its own, named in {@link VesselProfiles}. The 15-year age comes from Kordon's
 * issue, not from the advisories.
 */
public enum IndicatorKind {
    /** Two or more flag changes within {@link VesselProfiles#CHANGE_WINDOW_MONTHS} months ("flag hopping"). */
    FLAG_CHANGES("frequent flag changes"),
    /** Two or more name changes within {@link VesselProfiles#CHANGE_WINDOW_MONTHS} months. */
    NAME_CHANGES("frequent name changes"),
    /** The current flag is a flag of convenience (bundled {@code flag-registries.csv}, after the ITF list). */
    FLAG_OF_CONVENIENCE("flag of convenience"),
    /** A flag the source marks false (a registry that does not exist or did not register the ship). */
    FALSE_FLAG("false flag"),
    /** A period with the flag "Not Known". */
    UNKNOWN_FLAG("unknown flag"),
    /** Built {@link VesselProfiles#AGE_YEARS} or more years ago. */
    AGE("age 15 years or more"),
    /** An owner or manager is listed (or, through an {@link OwnerCheck}, owned by listed parties). */
    OWNER_LISTED("owner or manager listed"),
    /** The registered owner changed recently to a company that owns only this vessel in the data. */
    SINGLE_SHIP_OWNER("recent change of owner to a single-ship company"),
    /** Periods sailing without known western P&I insurance. */
    UNINSURED("sailing without known P&I insurance");

    private final String title;

    IndicatorKind(String title) {
        this.title = title;
    }

    /** A short title for reports, e.g. {@code "frequent flag changes"}. */
    public String title() {
        return title;
    }
}

/**
 * Entity resolution: the listings of all lists in, one resolved entity per person, organisation, vessel or aircraft
 * out, each link with its reason.
 */
module org.kordon.resolution {
    requires transitive org.kordon.matching;
    requires org.apache.commons.csv; // the resolution cache file (ResolutionCache)

    exports org.kordon.resolution;
}

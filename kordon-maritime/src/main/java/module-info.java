/**
 * The oil price cap, vessels by IMO number with their history and shadow-fleet indicators, and the lists
 * cross-checked with the shadow-fleet data. Reads its bundled reference files from its own package's resources.
 */
module org.kordon.maritime {
    requires transitive org.kordon.input;
    requires transitive org.kordon.matching;
    requires transitive org.kordon.ownership;

    exports org.kordon.maritime;
}

/**
 * HS-6 codes, controlled lists, shipment screening, trade-statistics loaders, the diversion metrics and their
 * report. Reads its bundled, versioned reference files from its own package's resources.
 */
@SuppressWarnings("requires-automatic") // JFreeChart ships no module-info, only an Automatic-Module-Name
module org.kordon.trade {
    requires transitive org.kordon.input;
    requires transitive org.kordon.matching;
    requires transitive org.kordon.ownership;
    requires java.desktop;
    requires org.jfree.jfreechart;

    exports org.kordon.trade;
}

/**
 * The screening engine: the name analysis chain, the candidate index, explained and calibrated scores. Reads its
 * word lists and score model from its own package's resources.
 */
@SuppressWarnings("requires-automatic") // ICU4J ships no module-info, only an Automatic-Module-Name
module org.kordon.matching {
    requires static transitive org.jspecify; // @Nullable on the API; not needed at run time
    requires transitive org.kordon.model;
    requires com.ibm.icu;
    requires org.apache.commons.codec;
    requires org.apache.commons.text;

    exports org.kordon.matching;
}

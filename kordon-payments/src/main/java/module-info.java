/**
 * Payment screening: ISO 20022 (pacs.008, pacs.009 and COV, pain.001, pacs.004, camt.056) and SWIFT MT (103, 103 STP,
 * 202, 202 COV) messages in, their parties, agents and free text out, each screened against the lists into a verdict.
 */
@SuppressWarnings("requires-automatic") // Prowide Core ships no module-info, only an Automatic-Module-Name
module org.kordon.payments {
    requires transitive org.kordon.model;
    requires transitive org.kordon.input;
    requires transitive org.kordon.matching;
    requires transitive org.kordon.resolution;
    requires transitive org.kordon.documents;
    requires static transitive org.jspecify; // @Nullable on the API; not needed at run time
    requires java.xml;
    requires com.prowidesoftware.core;

    exports org.kordon.payments;
}

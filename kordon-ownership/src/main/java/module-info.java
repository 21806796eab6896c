/**
 * The ownership and control graph and the regimes' rules over it; a pure engine: name resolution is passed in
 * ({@code ListedPartyResolver}). Its enums carry Jackson annotations for the server's JSON.
 */
module org.kordon.ownership {
    requires transitive org.kordon.input;
    requires org.kordon.model; // NationalIdCheck: Kazakh BIN/IIN and Kyrgyz INN checked before linking by identifier
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports org.kordon.ownership;
}

/**
 * The entity model every list loads into: immutable records. Depends on nothing at run time (JSpecify's
 * annotations are read at compile time only); exports its one package.
 */
module org.kordon.model {
    requires static transitive org.jspecify; // @Nullable on the API; not needed at run time
    exports org.kordon.model;
}

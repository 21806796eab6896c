/**
 * The entity model every list loads into: immutable records. Depends on nothing; exports its one package.
 */
module org.kordon.model {
    exports org.kordon.model;
}

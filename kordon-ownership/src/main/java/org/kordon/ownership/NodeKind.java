package org.kordon.ownership;

/** What a node of the ownership graph is. */
public enum NodeKind {
    PERSON,
    COMPANY,
    /**
     * A joint arrangement (BODS {@code entityType.type = arrangement}; stakes.csv {@code owned_kind = arrangement}):
     * its owners hold what it holds jointly. Under UK rules the holdings of persons acting jointly count together.
     */
    ARRANGEMENT,
    /** Kind not stated. */
    UNKNOWN
}

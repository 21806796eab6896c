package org.kordon.resolution;

/**
 * Why two listings are linked. The first group are strong evidence: one of them alone merges two listings when
 * nothing conflicts. {@link #NAME_AND_BIRTH_DATE} and {@link #NAME_AND_COUNTRY} merge on a name the screening
 * engine matches at {@link Resolver#NAME_LEVEL} or above with agreeing secondary data.
 * {@link #NAME_BIRTH_YEAR_AND_NATIONALITY} needs {@link Resolver#STRICT_NAME_LEVEL}. {@link #POSSIBLY_SAME} is the
 * weak link: the same name and nothing to tell the two apart; it never merges. {@link #ANALYST} is an analyst's
 * judgement, the strongest of all.
 *
 * <p>The order of the constants is the order in which the resolver applies links: the strongest first, so that a
 * conflict found later refuses the weaker link, never the stronger one.
 */
public enum LinkReason {
    /**
     * An analyst judged the two listings one party ({@link Judgement.Kind#JOIN}): followed before any other link,
     * despite conflicting data or one register (the link's evidence names what it overrides), never across
     * incompatible schemata nor against an analyst's split.
     */
    ANALYST("analyst"),
    /** A UK entry carries the UN reference number of a UN entry ({@code UN Ref} of the OFSI list). */
    UN_REFERENCE("UN reference"),
    /** Two UK lists name the same designation (UK Sanctions List Ref, OFSI Group ID). */
    UK_REFERENCE("UK sanctions list reference"),
    /** The same IMO number: a hull keeps it for life. */
    IMO("IMO number"),
    /** The same MMSI. */
    MMSI("MMSI"),
    /** The same bank code: the first eight characters of the BIC (a branch code is the same bank). */
    BIC("BIC"),
    /** The same Legal Entity Identifier. */
    LEI("LEI"),
    /** The same tax or registration number (INN, OGRN, BIN, a company number), issued by the same country. */
    TAX_ID("tax or registration number"),
    /** The same passport number, issued by the same country. */
    PASSPORT("passport"),
    /** The same national identity number, issued by the same country. */
    NATIONAL_ID("national id"),
    /** Names that match and the same full birth date. */
    NAME_AND_BIRTH_DATE("name and birth date"),
    /** Person names that match closely, the same birth year (one list gives no more) and a shared nationality. */
    NAME_BIRTH_YEAR_AND_NATIONALITY("name, birth year and nationality"),
    /** Organisation names that match closely and the same country. */
    NAME_AND_COUNTRY("name and country"),
    /** Names that match and nothing that tells the two apart but birth dates of one year; recorded, never merged. */
    POSSIBLY_SAME("possibly the same");

    private final String label;

    LinkReason(String label) {
        this.label = label;
    }

    /** Words for a reviewer, e.g. {@code "IMO number"}. */
    public String label() {
        return label;
    }

    /**
     * True for the references a list states itself (a UN reference on a UK entry): they name one designation, so
     * they merge despite a discrepancy of birth date, nationality or identifier between the two records (never
     * despite a schema or register conflict).
     */
    public boolean isStated() {
        return this == UN_REFERENCE || this == UK_REFERENCE;
    }
}

package org.kordon.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What kind of thing a listed entity is, after FollowTheMoney's schemata.
 *
 * <p>{@code Schema.parse("company")} returns {@link #COMPANY}; names are matched without regard to case,
 * and the lists' own words ({@code Individual}, {@code Entity}, {@code Ship}) are accepted too.
 */
public enum Schema {
    /** Anything that can be sanctioned (the FtM {@code Thing} catch-all). */
    THING("Thing", null),
    LEGAL_ENTITY("LegalEntity", THING),
    PERSON("Person", LEGAL_ENTITY),
    ORGANIZATION("Organization", LEGAL_ENTITY),
    COMPANY("Company", ORGANIZATION),
    PUBLIC_BODY("PublicBody", ORGANIZATION),
    VESSEL("Vessel", THING),
    AIRCRAFT("Aircraft", THING),
    ASSET("Asset", THING);

    private final String ftmName;
    private final @Nullable Schema parent;

    Schema(String ftmName, @Nullable Schema parent) {
        this.ftmName = ftmName;
        this.parent = parent;
    }

    /** The FollowTheMoney name, e.g. {@code "Company"}. */
    public String ftmName() {
        return ftmName;
    }

    /** True if this schema is {@code other} or a specialisation of it: {@code COMPANY.isA(LEGAL_ENTITY)}. */
    public boolean isA(Schema other) {
        for (Schema s = this; s != null; s = s.parent) {
            if (s == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if an entity of this schema and one of {@code other} could be the same thing:
     * one is a specialisation of the other ({@code LEGAL_ENTITY} and {@code PERSON}), never a person and a vessel.
     */
    public boolean compatibleWith(Schema other) {
        return this.isA(other) || other.isA(this);
    }

    /**
     * Parses a schema name as FtM or the lists spell it.
     *
     * @throws IllegalArgumentException naming the value when it is no known schema
     */
    public static Schema parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("schema is empty");
        }
        String v = value.strip().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        return switch (v) {
            case "person", "individual" -> PERSON;
            case "organization", "organisation", "entity" -> ORGANIZATION;
            case "company" -> COMPANY;
            case "legalentity" -> LEGAL_ENTITY;
            case "publicbody" -> PUBLIC_BODY;
            case "vessel", "ship" -> VESSEL;
            case "aircraft", "airplane" -> AIRCRAFT; // FtM's name is Airplane
            case "asset" -> ASSET;
            case "thing" -> THING;
            default -> throw new IllegalArgumentException("unknown schema '" + value
                    + "' (expected Person, Organization, Company, LegalEntity, Vessel, Aircraft, Asset)");
        };
    }
}

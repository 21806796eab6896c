package org.kordon.model;

/** Kinds of identifiers the lists carry. {@link #OTHER} keeps the list's own label in {@link Identifier#label()}. */
public enum IdType {
    PASSPORT,
    NATIONAL_ID,
    /** A tax number: INN (Russia), BIN/IIN (Kazakhstan), TIN, VAT… */
    TAX_ID,
    /** A company registration number: OGRN (Russia), company number… */
    REGISTRATION,
    /** SWIFT/BIC code of a bank. */
    BIC,
    LEI,
    IMO,
    MMSI,
    CALL_SIGN,
    AIRCRAFT_SERIAL,
    AIRCRAFT_TAIL,
    EMAIL,
    WEBSITE,
    PHONE,
    OTHER
}

package org.kordon.server;

/** Who may call an endpoint when API keys are configured. */
public enum Access {
    /** Anyone: health, metrics, the OpenAPI description. */
    PUBLIC,
    /** A read-only or a write key: queries that change nothing ({@code /match}, lists, alerts). */
    READ,
    /** A write key: screening (stores subjects and alerts), decisions, list reloads. */
    WRITE
}

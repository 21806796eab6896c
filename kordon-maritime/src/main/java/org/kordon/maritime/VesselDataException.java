package org.kordon.maritime;

/**
 * A vessel data file is malformed. The message names the file, the line and the field, e.g.
 * {@code vessel_flags.csv line 12, field start_date: not an ISO date (YYYY-MM-DD): '2023-13-01'}.
 */
public final class VesselDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    VesselDataException(String file, long line, String field, String detail) {
        super(file + " line " + line + (field == null ? "" : ", field " + field) + ": " + detail);
    }
}

package org.kordon.documents;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, vessel or IMO number named in a text, and what the lists say of it.
 *
 * <p>Offsets are UTF-16 {@code char} indices into the scanned text (for HTML and PDF: into the text extracted
 * from it, {@link DocumentText#text()}), {@code start} inclusive, {@code end} exclusive, so
 * {@code text.substring(start, end)} is {@link #text()}. Example, scanning
 * {@code "Talks with Vladimir Putin's envoy."}:
 * {@code Mention[start=11, end=27, text=Vladimir Putin's, kind=NAME, status=LISTED, listings=[ofac-sdn:35096 ...],
 * note=]}.
 *
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param text     the words as the text writes them
 * @param kind     what was found: a name, a vessel name (next to a word such as "tanker") or an IMO number
 * @param status   {@link Status#LISTED}: {@code listings} are one party (the same name on one or more lists);
 *                 {@link Status#AMBIGUOUS}: {@code listings} are the candidates, best first;
 *                 {@link Status#NOT_LISTED}: no listed entity; {@code listings} is empty
 * @param listings see {@code status}
 * @param note     how it was resolved when not by its own words alone, e.g.
 *                 {@code short form of "Vladimir Putin" at 11}; empty otherwise
 */
public record Mention(int start, int end, String text, Kind kind, Status status, List<Listing> listings, String note) {
    /** What kind of words a mention is. */
    public enum Kind {
        /** A person's or organisation's name. */
        NAME,
        /** A vessel's name, found next to a word such as "tanker", "vessel", "танкер". */
        VESSEL,
        /** An IMO ship number with a valid check digit ("IMO 9256858"). */
        IMO
    }

    /** Whether the mention names a listed party. */
    public enum Status {
        LISTED, NOT_LISTED, AMBIGUOUS
    }

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        listings = List.copyOf(listings);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if ((status == Status.NOT_LISTED) != listings.isEmpty()) {
            throw new IllegalArgumentException(status + " mention with " + listings.size() + " listing(s)");
        }
    }
}

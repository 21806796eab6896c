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
 *                 {@link Status#NOT_LISTED}: no listed entity; {@code listings} is empty;
 *                 {@link Status#PEP}: {@code listings} are one politically exposed person whom no sanction lists;
 *                 {@link Status#POSSIBLE}: {@code listings} are the one listed person a common name may be
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
        /** A sanctioned party (on one or more lists). */
        LISTED("listed"),
        /** No listed party. */
        NOT_LISTED("not listed"),
        /** Several listed parties score alike; the listings are the candidates. */
        AMBIGUOUS("ambiguous"),
        /** A politically exposed person whom no sanction lists (OpenSanctions' PEP data): not listed, but named. */
        PEP("pep"),
        /**
         * A common name that matches a listed person, with nothing in the text to tie it to them ("Andrei Ivanov":
         * the lists hold Ivanovs of many given names); the note says why. An analyst should look; not a finding.
         */
        POSSIBLE("possible");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The status as the CLI and the API spell it: listed, not listed, ambiguous, pep, possible. */
        public String label() {
            return label;
        }
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

package org.kordon.maritime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a vessel's history: a name, flag, owner or manager it had, a listing, or a period without known
 * P&I insurance, with its dates and where Kordon read it.
 *
 * <p>Example: {@code VesselEvent[kind=FLAG, value=Togo, reference=tg, from=2023-06-01, to=2023-08-01,
 * source=vessel data vessel_flags.csv]}.
 *
 * @param kind      what changed
 * @param value     the name, flag, company name or listing as the source prints it; never blank
 * @param reference a key for it when there is one: the flag's ISO code, the company's IMO number, the listed
 *                  entity id; or null
 * @param from      first day, or null when the source gives no date (a list's former name)
 * @param to        last day, or null while current or unknown
 * @param source    where it comes from: a list entity id or a vessel-data file
 */
public record VesselEvent(Kind kind, String value, String reference, LocalDate from, LocalDate to, String source) {
    /** What a history entry records. */
    public enum Kind { NAME, FLAG, REGISTERED_OWNER, ISM_MANAGER, SHIP_MANAGER, OWNER_AS_LISTED, LISTED, UNINSURED }

    public VesselEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}

package org.kordon.maritime;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A vessel's history as a timeline: names, flags, owners and managers, listings and uninsured periods, from the
 * lists and from vessel data, dated entries in date order, undated ones (a list's "f.k.a." names) last.
 *
 * @param imo    the vessel
 * @param events the entries, sorted by {@code from} (undated last), then kind and value
 */
public record VesselHistory(ImoNumber imo, List<VesselEvent> events) {
    static final Comparator<VesselEvent> ORDER = Comparator
            .comparing(VesselEvent::from, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(VesselEvent::kind)
            .thenComparing(VesselEvent::value);

    public VesselHistory {
        Objects.requireNonNull(imo, "imo");
        events = events.stream().distinct().sorted(ORDER).toList();
    }

    /** The entries of one kind, in timeline order. */
    public List<VesselEvent> of(VesselEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }
}

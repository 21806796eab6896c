package org.kordon.trade;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.ownership.ListedOwners;

/**
 * Screens a shipment as a whole: its parties against the lists, its goods against the controlled lists, its route
 * against diversion-risk countries and Russia/Belarus, and the published red flags. Each finding carries its
 * evidence and severity; nothing is folded into one score.
 *
 * <pre>{@code
 * ShipmentScreener s = ShipmentScreener.builder(Screeners.build(snapshot, Algorithm.KORDON)).build();
 * s.screen(new Shipment("S-1", null, List.of(new Party(Party.Role.CONSIGNEE, "Beta LLP", "KZ")), "KZ", List.of("RU"),
 *         "8542.31.0000", "microcontrollers", null, null));
 * // [controlled_goods high 854231 "CHP Tier 1 ...", diversion_risk medium "... KZ (destination)",
 * //  sanctioned_destination high "... RU (transit)"]
 * }</pre>
 *
 * <p>Export-control end users: the consignee, end user and notify party are also looked for among the entries of
 * the end-user lists, the US Consolidated Screening List when one is given ({@link Builder#endUserLists}) and the
 * EU's Annex IV to Regulation 833/2014 among the lists the screener holds (ids {@code eu:32014R0833-IV-...}); a match is an
 * {@code export_control_end_user} finding naming the list (an Annex IV entry matched in another role stays a
 * {@code listed_party}).
 *
 * <p>Findings, in this order: {@code invalid_hs_code}, {@code listed_party}, {@code export_control_end_user} and
 * {@code owned_by_listed} per party,
 * {@code controlled_goods} per list, {@code diversion_risk}, {@code sanctioned_destination} (both only for controlled
 * goods), {@code red_flag}s. Thread-safe: screen from several threads. Party results are cached by role, name and
 * country (up to {@value #CACHE_LIMIT} entries), since the same parties recur across shipments.
 */
public final class ShipmentScreener {
    static final int CACHE_LIMIT = 200_000;
    private static final int TOP = 3;

    private final Screener screener;
    private final double threshold;
    private final HsNomenclature nomenclature;
    private final List<ControlledList> controlled;
    private final CountryList diversionRisk;
    private final CountryList sanctioned;
    private final ListedOwners owners;
    private final Set<String> knownConsignees;
    private final boolean cache;
    private final RedFlags redFlags = new RedFlags();
    private final Map<String, List<Match>> partyCache = new ConcurrentHashMap<>();
    private final Screener endUserLists;
    private final Map<String, List<Match>> endUserCache = new ConcurrentHashMap<>();

    private ShipmentScreener(Builder b) {
        this.screener = b.screener;
        this.threshold = b.threshold;
        this.nomenclature = b.nomenclature;
        this.controlled = List.copyOf(b.controlled);
        this.diversionRisk = b.diversionRisk;
        this.sanctioned = CountryList.sanctionedDestinations();
        this.owners = b.owners;
        this.knownConsignees = b.knownConsignees;
        this.cache = b.cache;
        this.endUserLists = b.endUserLists;
    }

    /**
     * How many of {@code entities} are entries of the EU's Annex IV to Regulation 833/2014 (export-control end users):
     * the CLI says so on stderr, and warns when neither they nor a CSL are there.
     */
    public static long annexIvEntries(java.util.Collection<org.kordon.model.Entity> entities) {
        return entities.stream().filter(EndUserLists::isAnnexIv).count();
    }

    /** A builder over {@code screener} (the parties' screening engine), with every default set. */
    public static Builder builder(Screener screener) {
        return new Builder(screener);
    }

    /** Options of a {@link ShipmentScreener}; defaults in each setter's comment. */
    public static final class Builder {
        private final Screener screener;
        private double threshold = Screeners.DEFAULT_THRESHOLD;
        private HsNomenclature nomenclature = HsNomenclature.formatOnly();
        private List<ControlledList> controlled = List.of(ControlledList.chp());
        private CountryList diversionRisk = CountryList.diversionRisk();
        private ListedOwners owners = ListedOwners.NONE;
        private Set<String> knownConsignees;
        private boolean cache = true;
        private Screener endUserLists;

        private Builder(Screener screener) {
            this.screener = Objects.requireNonNull(screener, "screener");
        }

        /** Lowest party match score reported (default {@link Screeners#DEFAULT_THRESHOLD}). */
        public Builder threshold(double t) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("threshold must be in [0,1], got " + t);
            }
            this.threshold = t;
            return this;
        }

        /** The HS nomenclature (default {@link HsNomenclature#formatOnly()}). */
        public Builder nomenclature(HsNomenclature n) {
            this.nomenclature = Objects.requireNonNull(n);
            return this;
        }

        /** The controlled lists (default: the CHP list alone). */
        public Builder controlledLists(List<ControlledList> lists) {
            this.controlled = List.copyOf(lists);
            return this;
        }

        /** The diversion-risk countries (default {@link CountryList#diversionRisk()}). */
        public Builder diversionRisk(CountryList c) {
            this.diversionRisk = Objects.requireNonNull(c);
            return this;
        }

        /**
         * The ownership rules, asked with each party's name (default {@link ListedOwners#NONE}: no {@code owned_by_listed}
         * finding), e.g. {@code ListedOwners.of(listedOwnership, captions)}.
         */
        public Builder listedOwners(ListedOwners o) {
            this.owners = Objects.requireNonNull(o);
            return this;
        }

        /** The consignees known in the trade (default: none given, and only missing or placeholder consignees flag). */
        public Builder knownConsignees(Iterable<String> names) {
            Set<String> s = new LinkedHashSet<>();
            names.forEach(n -> s.add(RedFlags.key(n)));
            this.knownConsignees = Set.copyOf(s);
            return this;
        }

        /**
         * A screener over the export-control end-user lists, e.g. the US Consolidated Screening List loaded with
         * {@code ListLoader} (default: none; the EU's Annex IV entries among the main screener's lists still count).
         * Its matches for the consignee, end user and notify party are {@code export_control_end_user} findings.
         */
        public Builder endUserLists(Screener lists) {
            this.endUserLists = Objects.requireNonNull(lists);
            return this;
        }

        /** Whether party results are cached (default true; false for the benchmark's naive baseline). */
        public Builder cacheParties(boolean c) {
            this.cache = c;
            return this;
        }

        public ShipmentScreener build() {
            return new ShipmentScreener(this);
        }
    }

    /** The findings for {@code s}, empty when nothing is found. */
    public List<Finding> screen(Shipment s) {
        List<Finding> out = new ArrayList<>();
        String id = s.id();
        Hs6 hs = null;
        if (s.hsCode() != null) {
            try {
                hs = Hs6.parse(s.hsCode());
                if (!nomenclature.contains(hs)) {
                    out.add(new Finding(id, Finding.Kind.INVALID_HS_CODE, Finding.Severity.MEDIUM, "", "", hs.code(),
                            "HS code '" + s.hsCode() + "' -> " + hs.code() + " is not in " + nomenclature.source()));
                    hs = null;
                }
            } catch (IllegalArgumentException e) {
                out.add(new Finding(id, Finding.Kind.INVALID_HS_CODE, Finding.Severity.MEDIUM, "", "", "", e.getMessage()));
            }
        }
        for (Party p : s.parties()) {
            boolean endUserRole = EndUserLists.ROLES.contains(p.role());
            for (Match m : matches(p, screener, partyCache)) {
                if (endUserRole && EndUserLists.isAnnexIv(m.entity())) {
                    out.add(endUser(id, p, m));
                    continue;
                }
                out.add(new Finding(id, Finding.Kind.LISTED_PARTY, severity(m), p.role().column(), m.entity().id(), "",
                        String.format(Locale.ROOT, "'%s' ~ '%s' score %.2f [%s]: %s", p.name(), m.matchedName(), m.score(),
                                String.join(", ", m.entity().programs()), m.explanation().summary())));
            }
            if (endUserRole && endUserLists != null) {
                for (Match m : matches(p, endUserLists, endUserCache)) {
                    out.add(endUser(id, p, m));
                }
            }
            for (ListedOwners.Owner o : owners.listedOwnersOf(p.name())) {
                out.add(new Finding(id, Finding.Kind.OWNED_BY_LISTED, Finding.Severity.HIGH, p.role().column(), o.entityId(), "",
                        "'" + p.name() + "' owned or controlled by listed '" + o.name() + "': " + o.path()));
            }
        }
        boolean isControlled = false;
        String controlledBy = "";
        if (hs != null) {
            for (ControlledList l : controlled) {
                Optional<ControlledList.Entry> e = l.find(hs);
                if (e.isPresent()) {
                    isControlled = true;
                    String tier = e.get().tier();
                    String label = l.name() + (tier.isEmpty() ? "" : " " + tier);
                    controlledBy = controlledBy.isEmpty() ? label : controlledBy + ", " + label;
                    boolean top = tier.equals("Tier 1") || tier.equals("Tier 2");
                    out.add(new Finding(id, Finding.Kind.CONTROLLED_GOODS, top ? Finding.Severity.HIGH : Finding.Severity.MEDIUM, "", "",
                            hs.code(), label + " (published " + l.published() + ")"
                            + (e.get().description().isEmpty() ? "" : ": " + RedFlags.abbreviate(e.get().description(), 100))));
                }
            }
        }
        if (isControlled) {
            List<String> risky = routeCountries(s, diversionRisk);
            if (!risky.isEmpty()) {
                out.add(new Finding(id, Finding.Kind.DIVERSION_RISK, Finding.Severity.MEDIUM, "", "", hs.code(),
                        controlledBy + " goods to or through diversion-risk " + String.join(", ", risky) + namedBy(s)));
            }
            List<String> banned = routeCountries(s, sanctioned);
            if (!banned.isEmpty()) {
                out.add(new Finding(id, Finding.Kind.SANCTIONED_DESTINATION, Finding.Severity.HIGH, "", "", hs.code(),
                        controlledBy + " goods to or through " + String.join(", ", banned)));
            }
        }
        String hsCode = hs == null ? "" : hs.code();
        redFlags.consigneeUnknown(s, knownConsignees).ifPresent(d -> out.add(flag(id, "consignee", hsCode, d)));
        redFlags.forwarderOrPostBox(s).ifPresent(d -> out.add(flag(id,
                s.party(Party.Role.END_USER).isPresent() ? "end_user" : "consignee", hsCode, d)));
        redFlags.routeMakesNoSense(s).ifPresent(d -> out.add(flag(id, "", hsCode, d)));
        if (hs != null) {
            Hs6 h = hs;
            redFlags.descriptionMismatch(s, h, nomenclature, controlled).ifPresent(d -> out.add(new Finding(id, Finding.Kind.RED_FLAG,
                    controlled.stream().anyMatch(l -> l.find(h).isPresent()) ? Finding.Severity.MEDIUM : Finding.Severity.LOW, "", "", h.code(), d)));
        }
        return out;
    }

    private static Finding flag(String id, String party, String hs6, String detail) {
        return new Finding(id, Finding.Kind.RED_FLAG, Finding.Severity.MEDIUM, party, "", hs6, detail);
    }

    /** "; KZ named by FIN-2022-Alert003 (2022-06-28)" for the diversion-risk countries on the route whose row names a source. */
    private String namedBy(Shipment s) {
        Map<String, List<String>> byDocument = new java.util.LinkedHashMap<>();
        for (String c : routeCountryCodes(s, diversionRisk)) {
            diversionRisk.sourceOf(c).ifPresent(d -> byDocument.computeIfAbsent(d, k -> new ArrayList<>()).add(c));
        }
        List<String> parts = new ArrayList<>();
        byDocument.forEach((d, cs) -> parts.add(String.join(", ", cs) + " named by " + d));
        return parts.isEmpty() ? "" : "; " + String.join("; ", parts);
    }

    private static Set<String> routeCountryCodes(Shipment s, CountryList list) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : routeCountries(s, list)) {
            out.add(r.substring(0, 2));
        }
        return out;
    }

    /** The countries of {@code list} on the route, each with where it appears: "KZ (destination)". */
    private static List<String> routeCountries(Shipment s, CountryList list) {
        Map<String, List<String>> where = new java.util.LinkedHashMap<>();
        if (list.contains(s.destinationCountry())) {
            where.computeIfAbsent(s.destinationCountry(), k -> new ArrayList<>()).add("destination");
        }
        for (String t : s.transitCountries()) {
            if (list.contains(t)) {
                where.computeIfAbsent(t, k -> new ArrayList<>()).add("transit");
            }
        }
        for (Party.Role r : List.of(Party.Role.CONSIGNEE, Party.Role.END_USER)) {
            s.party(r).map(Party::country).filter(list::contains)
                    .ifPresent(c -> where.computeIfAbsent(c, k -> new ArrayList<>()).add(r.column()));
        }
        List<String> out = new ArrayList<>();
        where.forEach((c, w) -> out.add(c + " (" + String.join(", ", new LinkedHashSet<>(w)) + ")"));
        return out;
    }

    private static Finding.Severity severity(Match m) {
        return m.score() >= 0.9 ? Finding.Severity.HIGH : Finding.Severity.MEDIUM;
    }

    /** An {@code export_control_end_user} finding: the party, the entry and the list it is on. */
    private static Finding endUser(String id, Party p, Match m) {
        return new Finding(id, Finding.Kind.EXPORT_CONTROL_END_USER, severity(m), p.role().column(), m.entity().id(), "",
                String.format(Locale.ROOT, "'%s' ~ '%s' score %.2f on %s: %s", p.name(), m.matchedName(), m.score(),
                        EndUserLists.listOf(m.entity()), m.explanation().summary()));
    }

    private List<Match> matches(Party p, Screener on, Map<String, List<Match>> partyCache) {
        if (!cache) {
            return screenParty(p, on);
        }
        String key = p.role().ordinal() + "\u0000" + p.name() + "\u0000" + (p.country() == null ? "" : p.country());
        List<Match> m = partyCache.get(key);
        if (m == null) {
            m = screenParty(p, on);
            if (partyCache.size() >= CACHE_LIMIT) {
                partyCache.clear();
            }
            partyCache.put(key, m);
        }
        return m;
    }

    private List<Match> screenParty(Party p, Screener on) {
        Query q = new Query(null, p.name(), null, null, p.country() == null ? null : p.country().toLowerCase(Locale.ROOT), List.of());
        return on.screen(q, threshold, TOP);
    }
}

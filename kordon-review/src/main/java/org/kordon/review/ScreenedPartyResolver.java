package org.kordon.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.ownership.ListedPartyResolver;
import org.kordon.ownership.NodeFacts;
import org.kordon.ownership.NodeKind;

/**
 * Finds the listed entities an ownership-graph node may be, with Kordon's screener (the node's birth date, country and
 * identifiers passed as secondary data; a person node screened as a Person) and an index of the lists' identifiers.
 * Each candidate carries what the lists say of it (birth dates, nationalities and countries, identifiers), so that
 * {@code ListLinks} judges the link by the evidence on both sides. Lives here, where matching and ownership are both
 * visible, so that the ownership engine stays free of the matcher and the matcher free of ownership.
 *
 * <pre>{@code
 * ListLinks.Result r = ListLinks.link(graph, facts, listedIds,
 *         new ScreenedPartyResolver(screener, Screeners.DEFAULT_THRESHOLD, snapshot.entities()));
 * }</pre>
 *
 * Thread-safe as the screener is.
 */
public final class ScreenedPartyResolver implements ListedPartyResolver {
    private final Screener screener;
    private final double threshold;
    private final Map<String, List<Entity>> byIdentifier = new HashMap<>();

    /**
     * A resolver by name only (no identifier index).
     *
     * @param screener  the screening engine over the lists the graph is linked to
     * @param threshold the least score for a candidate, in (0,1]
     */
    public ScreenedPartyResolver(Screener screener, double threshold) {
        this(screener, threshold, List.of());
    }

    /**
     * @param screener  the screening engine over the lists the graph is linked to
     * @param threshold the least score for a candidate, in (0,1]
     * @param entities  the listed entities the screener was built from, whose identifiers are looked up by value
     */
    public ScreenedPartyResolver(Screener screener, double threshold, Collection<Entity> entities) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0,1], got " + threshold);
        }
        this.screener = Objects.requireNonNull(screener, "screener");
        this.threshold = threshold;
        for (Entity e : entities) {
            for (NodeFacts.Id id : facts(e).identifiers()) {
                byIdentifier.computeIfAbsent(id.value(), k -> new ArrayList<>(1)).add(e);
            }
        }
    }

    @Override
    public List<Candidate> byName(String name, NodeKind kind, NodeFacts facts) {
        Query q = Query.of(name);
        if (kind == NodeKind.PERSON) {
            q = q.withSchema(Schema.PERSON);
        }
        for (String d : facts.birthDates()) {
            PartialDate pd = birthDate(d);
            if (pd != null) {
                q = q.withBirthDate(pd);
                break;
            }
        }
        if (!facts.countries().isEmpty()) {
            q = q.withCountry(facts.countries().get(0));
        }
        q = q.withIdentifiers(facts.identifiers().stream().map(NodeFacts.Id::value).toList());
        List<Candidate> out = new ArrayList<>();
        for (Match m : screener.screen(q, threshold, 5)) {
            out.add(new Candidate(m.entity().id(), m.matchedName(), m.score(), facts(m.entity())));
        }
        return out;
    }

    @Override
    public List<Candidate> byIdentifier(NodeFacts.Id id) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : byIdentifier.getOrDefault(id.value(), List.of())) {
            NodeFacts f = facts(e);
            if (f.identifiers().stream().anyMatch(l -> l.value().equals(id.value()) && l.comparableWith(id))) {
                out.add(new Candidate(e.id(), e.caption(), 1.0, f));
            }
        }
        return out;
    }

    /** What the lists say of an entity: birth dates (a range as {@code from/to}, a circa date widened by a year), nationalities and countries, identifiers. */
    static NodeFacts facts(Entity e) {
        List<String> births = new ArrayList<>();
        for (DateRange r : e.birthDates()) {
            if (r.approximate()) {
                births.add((r.from().year() - 1) + "/" + (r.to().year() + 1)); // circa: a year either side
            } else {
                births.add(r.isSingle() ? r.from().toString() : r.from() + "/" + r.to());
            }
        }
        List<String> countries = new ArrayList<>(e.nationalities());
        countries.addAll(e.countries());
        List<NodeFacts.Id> ids = new ArrayList<>();
        for (Identifier i : e.identifiers()) {
            String scheme = scheme(i);
            // a value without a letter or digit ("-", "n/a" is kept) is no number: nothing to compare
            if (scheme != null && i.value().codePoints().anyMatch(Character::isLetterOrDigit)) {
                ids.add(NodeFacts.Id.of(scheme, i.value()));
            }
        }
        return new NodeFacts(births, countries, ids);
    }

    /** The scheme of a listed identifier, from its type and label ("INN", "OGRN", "BIN" named in the label); null when not an id. */
    private static String scheme(Identifier i) {
        String label = i.label() == null ? "" : i.label().toUpperCase(Locale.ROOT);
        return switch (i.type()) {
            case TAX_ID -> label.contains("INN") ? "INN" : label.contains("BIN") ? "BIN" : label.contains("IIN") ? "IIN" : NodeFacts.Id.TAX;
            case REGISTRATION -> label.contains("OGRN") ? "OGRN" : NodeFacts.Id.REGISTRATION;
            case LEI, IMO, BIC, PASSPORT, NATIONAL_ID, MMSI -> i.type().name();
            default -> null;
        };
    }

    private static PartialDate birthDate(String s) {
        try {
            return PartialDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (RuntimeException e) {
            return null; // an unreadable date is no evidence; ListLinks compares the years it can read
        }
    }
}

package org.kordon.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kordon.model.NationalIdCheck;

/**
 * Links graph nodes to listed entities by the evidence the input holds: by explicit id (the node's id or listed id is
 * a listed entity's id, with or without the list's source prefix such as {@code os:}), then by identifier (INN, BIN,
 * OGRN, LEI, IMO, a register's number, looked up in the lists' identifiers), then by name through the
 * {@link ListedPartyResolver} with the node's birth date, nationality or jurisdiction and identifiers as secondary
 * data. A node's Kazakh BIN or IIN, or Kyrgyz INN, that fails {@link NationalIdCheck} (a wrong check digit, a
 * malformed structure) is no evidence at all: it neither links, agrees nor contradicts; the node is judged by the rest
 * of its evidence and its {@code link} says {@code invalid identifier: BIN 971240001314: check digit 4, expected 5}. A candidate found by name links only when evidence beyond the name agrees and nothing contradicts it (the
 * rules: {@code LinkRules}); otherwise it is kept as a possible link, which makes the node {@code undetermined} and
 * never blocks what it owns ({@link #evaluate}).
 *
 * <pre>{@code
 * ListLinks.Result r = ListLinks.link(graph, facts, snapshotIds, new ScreenedPartyResolver(screener, 0.78, entities));
 * r.links()
 * // [Link[nodeId=kz-7, nodeName=Sergey Ivanov, listedId=ofac-sdn:123, listedName=IVANOV, Sergei, score=0.86,
 * //       basis=CONFLICT, detail=conflict: birth year 1991 vs 1953]]
 * r.graph()   // the graph with the linked nodes' listedId set (possible links left unset)
 * }</pre>
 */
public final class ListLinks {
    private ListLinks() {
    }

    /** How a node came to be linked, or why it was not. */
    public enum Basis {
        /** The node's id or listed id is the listed entity's id. */
        ID,
        /** An identifier of the node is one the listed entity carries (same value, comparable scheme). */
        IDENTIFIER,
        /** The name, with agreeing evidence: birth year, or for an organisation jurisdiction at a near-full name. */
        NAME_AND_EVIDENCE,
        /** A name similarity and nothing else: a possible link, the node undetermined. */
        NAME_ONLY,
        /** A name similarity that the node's data contradicts: a possible link, the node undetermined. */
        CONFLICT;

        /** True for the bases that link: the node then is the listed entity. */
        public boolean links() {
            return this == ID || this == IDENTIFIER || this == NAME_AND_EVIDENCE;
        }
    }

    /**
     * One node linked, or possibly linked, to a listed entity.
     *
     * @param score  1.0 for a link by id or identifier, else the resolver's score
     * @param basis  how it was made
     * @param detail what result.csv's {@code link} column says, e.g. {@code identifier:INN=7707083893},
     *               {@code name+birthdate 0.93}, {@code name-only 0.81 (undetermined)},
     *               {@code conflict: birth year 1991 vs 1953}
     */
    public record Link(String nodeId, String nodeName, String listedId, String listedName, double score, Basis basis, String detail) {
        public Link {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(listedId, "listedId");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(detail, "detail");
        }

        /** True when the node is the listed entity; false for a possible link (name only, or contradicted). */
        public boolean linked() {
            return basis.links();
        }

        /** True when found by name through the resolver. */
        public boolean byName() {
            return basis != Basis.ID && basis != Basis.IDENTIFIER;
        }
    }

    /**
     * The linked graph (only links that hold set a node's listed id), every link and possible link made, and per node
     * id the identifiers left out as invalid ({@code invalid identifier: IIN 910402300123: check digit 3, expected 4}).
     */
    public record Result(OwnershipGraph graph, List<Link> links, Map<String, String> invalidIdentifiers) {
        public Result {
            links = List.copyOf(links);
            invalidIdentifiers = Map.copyOf(invalidIdentifiers);
        }

        /** A result with no identifier left out. */
        public Result(OwnershipGraph graph, List<Link> links) {
            this(graph, links, Map.of());
        }

        /** The links that hold. */
        public List<Link> linked() {
            return links.stream().filter(Link::linked).toList();
        }

        /** The possible links: a candidate by name only or contradicted; these nodes are undetermined. */
        public List<Link> possible() {
            return links.stream().filter(l -> !l.linked()).toList();
        }
    }

    /** One row of result.csv: the answer for a node and how the listed parties it rests on were linked. */
    public record Row(OwnershipResult result, String link) {
        public Row {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(link, "link");
        }
    }

    /** Links by id and by name alone, without facts: every name link is then a possible link only. */
    public static Result link(OwnershipGraph graph, Set<String> listedIds, ListedPartyResolver names) {
        return link(graph, Map.of(), listedIds, names);
    }

    /**
     * Links the graph's nodes to the listed entities: by id, by identifier, then by name with the node's facts.
     *
     * @param facts     what the input says of each node besides its name, by node id ({@link LoadedGraph#facts()})
     * @param listedIds ids of every listed entity
     * @param names     finds listed entities by identifier and by name over the same lists; {@link ListedPartyResolver#NONE}
     *                  to link by id only
     */
    public static Result link(OwnershipGraph graph, Map<String, NodeFacts> facts, Set<String> listedIds, ListedPartyResolver names) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(facts, "facts");
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        List<Link> links = new ArrayList<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        // list ids carry their source's prefix ("os:NK-..."); FtM graphs name the same entity "NK-..."
        Map<String, String> byId = new HashMap<>();
        for (String id : listedIds) {
            int colon = id.indexOf(':');
            if (colon > 0) {
                byId.putIfAbsent(id.substring(colon + 1), id);
            }
        }
        for (String id : listedIds) {
            byId.put(id, id);
        }
        for (Node n : graph.nodes) {
            Node linked = n;
            String explicit = n.listedId() != null ? byId.get(n.listedId()) : null;
            if (explicit == null) {
                explicit = byId.get(n.id());
            }
            if (explicit != null) {
                linked = new Node(n.id(), n.kind(), n.name(), explicit);
                links.add(new Link(n.id(), n.name(), explicit, null, 1.0, Basis.ID, "id:" + explicit));
            } else if (n.kind() != NodeKind.ARRANGEMENT) {
                NodeFacts f = facts.getOrDefault(n.id(), NodeFacts.NONE);
                List<String> problems = new ArrayList<>();
                f = withoutInvalidIdentifiers(f, problems);
                Link l = byEvidence(n, f, names);
                if (!problems.isEmpty()) {
                    String note = "invalid identifier: " + String.join("; invalid identifier: ", problems);
                    invalid.put(n.id(), note);
                    if (l != null) {
                        l = new Link(l.nodeId(), l.nodeName(), l.listedId(), l.listedName(), l.score(), l.basis(), note + "; " + l.detail());
                    }
                }
                if (l != null) {
                    links.add(l);
                    if (l.linked()) {
                        linked = new Node(n.id(), n.kind(), n.name(), l.listedId());
                    }
                }
            }
            b.node(linked);
        }
        for (int e = 0; e < graph.edges; e++) {
            b.stake(graph.stake(e));
        }
        return new Result(b.build(), links, invalid);
    }

    /**
     * The facts without the identifiers {@link NationalIdCheck} finds invalid, each one's reason added to
     * {@code problems}; the facts themselves when none is.
     */
    private static NodeFacts withoutInvalidIdentifiers(NodeFacts f, List<String> problems) {
        List<NodeFacts.Id> kept = new ArrayList<>(f.identifiers().size());
        for (NodeFacts.Id id : f.identifiers()) {
            NationalIdCheck.Result check = NationalIdCheck.forScheme(id.scheme(), id.value());
            if (check != null && !check.valid()) {
                problems.add(check.problem());
            } else {
                kept.add(id);
            }
        }
        return problems.isEmpty() ? f : new NodeFacts(f.birthDates(), f.countries(), kept);
    }

    /** The first candidate that links, else the best candidate as a possible link, else null. */
    private static Link byEvidence(Node n, NodeFacts f, ListedPartyResolver names) {
        Link possible = null;
        for (NodeFacts.Id id : f.identifiers()) {
            for (ListedPartyResolver.Candidate c : names.byIdentifier(id)) {
                Link l = judged(n, f, c, id);
                if (l.linked()) {
                    return l;
                }
                possible = possible == null ? l : possible;
            }
        }
        if (n.name() != null) {
            List<ListedPartyResolver.Candidate> cs = names.byName(n.name(), n.kind(), f);
            for (int i = 0; i < cs.size() && i < LinkRules.CANDIDATES; i++) {
                Link l = judged(n, f, cs.get(i), null);
                if (l.linked()) {
                    return l;
                }
                possible = possible == null ? l : possible;
            }
        }
        return possible;
    }

    private static Link judged(Node n, NodeFacts f, ListedPartyResolver.Candidate c, NodeFacts.Id byIdentifier) {
        LinkRules.Verdict v = LinkRules.judge(n.kind(), f, c, byIdentifier);
        double score = v.basis() == Basis.IDENTIFIER ? 1.0 : c.score();
        return new Link(n.id(), n.name(), c.listedId(), c.listedName(), score, v.basis(), v.detail());
    }

    /**
     * Evaluates a linked graph under one regime, possible links counted as possibly listed: a node is
     * {@code blocked} or {@code controlled} only through listed parties and links that hold; a node caught only when
     * the possible links are counted (or itself a possible link) is {@code undetermined}, with the candidate in its
     * evidence. Sound because the rules are monotone: listing more nodes never frees one.
     *
     * <pre>{@code
     * ListLinks.evaluate(r, listedIds, Regime.OFAC, asOf)
     * // [Row[result=OwnershipResult[entityId=kz-7, status=UNDETERMINED, evidence=possibly listed ofac-sdn:123
     * //      'IVANOV, Sergei' (conflict: birth year 1991 vs 1953)], link=conflict: birth year 1991 vs 1953], ...]
     * }</pre>
     *
     * @param listedIds ids of the listed entities (the links' listed ids are added)
     * @return one row per node not listed, sorted by node id; {@code link} is the node's own link, else those of the
     *         linked nodes its evidence names ({@code node: how}, joined by {@code ; }), else empty; a node whose
     *         identifier was left out as invalid says so first ({@code invalid identifier: ...; name-only 0.81 (undetermined)})
     */
    public static List<Row> evaluate(Result linked, Collection<String> listedIds, Regime regime, LocalDate asOf) {
        Set<String> sure = new HashSet<>(listedIds);
        Map<String, Link> byNode = new LinkedHashMap<>();
        Set<String> maybe = new HashSet<>();
        for (Link l : linked.links()) {
            byNode.put(l.nodeId(), l);
            if (l.linked()) {
                sure.add(l.listedId());
            } else {
                maybe.add(l.nodeId());
            }
        }
        List<OwnershipResult> lower = OwnershipEngine.evaluate(linked.graph(), sure, regime, asOf).results();
        Map<String, OwnershipResult> upper = new HashMap<>();
        if (!maybe.isEmpty()) {
            maybe.addAll(sure);
            for (OwnershipResult r : OwnershipEngine.evaluate(linked.graph(), maybe, regime, asOf).results()) {
                upper.put(r.entityId(), r);
            }
        }
        List<Row> out = new ArrayList<>(lower.size());
        for (OwnershipResult r : lower) {
            OwnershipResult res = r;
            boolean caught = r.status() == Status.BLOCKED || r.status() == Status.CONTROLLED;
            Link own = byNode.get(r.entityId());
            if (!caught && own != null && !own.linked()) {
                String candidate = "possibly listed " + own.listedId() + (own.listedName() == null ? "" : " '" + own.listedName() + "'")
                        + " (" + own.detail() + ")";
                res = new OwnershipResult(r.entityId(), regime, Status.UNDETERMINED, r.shareMin(), r.shareMax(),
                        r.evidence().isEmpty() ? candidate : candidate + "; " + r.evidence(), r.name());
            } else if (r.status() == Status.CLEAR && upper.containsKey(r.entityId()) && upper.get(r.entityId()).status() != Status.CLEAR) {
                OwnershipResult u = upper.get(r.entityId());
                BigDecimal max = u.shareMax().max(r.shareMax());
                res = new OwnershipResult(r.entityId(), regime, Status.UNDETERMINED, r.shareMin(), max, u.evidence(), r.name());
            }
            String link = linkText(own, res.evidence(), byNode);
            String note = linked.invalidIdentifiers().get(r.entityId());
            if (own == null && note != null) {
                link = link.isEmpty() ? note : note + "; " + link;
            }
            out.add(new Row(res, link));
        }
        return out;
    }

    private static String linkText(Link own, String evidence, Map<String, Link> byNode) {
        if (own != null) {
            return own.detail();
        }
        if (evidence.isEmpty() || byNode.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (String token : evidence.split("[\\s;()]+")) {
            Link l = byNode.get(token);
            if (l != null && seen.add(token)) {
                b.append(b.isEmpty() ? "" : "; ").append(token).append(": ").append(l.detail());
            }
        }
        return b.toString();
    }
}

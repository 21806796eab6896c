package org.kordon.ownership;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/*
 * BODS statements of versions 0.2, 0.3 and 0.4 into nodes and dated stakes, with record versions.
 *
 * 0.4 groups statements by recordId: each statement is a version of its record (recordStatus new, updated or
 * closed). 0.2 and 0.3 have no record id: a statement names the statements it replaces (replacesStatements), and a
 * chain of replacements is one record. Persons and entities are nodes at once (a replacing statement is the same
 * node as the one it replaces). Relationships are held per record until the end of the input, then each record's
 * versions, ordered by statementDate (file order breaks ties, and orders a record with an undated version), become
 * dated stakes: the first version's interests hold from their own startDate; each later version takes over on its
 * statementDate (the earlier version's stakes end that day, the later ones start then, or at their own later
 * startDate); a closed version ends the record on its date and gives no stake. So "updated 30%" replaces
 * "original 75%" instead of adding to it, and --as-of between two statements sees what the register said then.
 * Memory: the relationships (not the statements' text) until the graph is built, as the graph holds them anyway.
 */
final class BodsReader {
    private static final BigDecimal UNIT = new BigDecimal("0.0001");

    /** One interest read, before versions are resolved. */
    private record Interest(String owner, String owned, Share share, StakeType type, LocalDate start, LocalDate end) {
    }

    /** One statement of a relationship record. */
    private record Version(LocalDate date, long order, boolean closed, List<Interest> interests, GraphLoader.Where where) {
    }

    private final List<String> warnings;
    private final Map<String, NodeFacts> facts;
    /** 0.2/0.3: a statement id to the node or record it is a version of. */
    private final Map<String, String> chain = new HashMap<>();
    private final Map<String, List<Version>> relationships = new HashMap<>();
    private long order;
    private int unknownReplaced;

    BodsReader(List<String> warnings, Map<String, NodeFacts> facts) {
        this.warnings = warnings;
        this.facts = facts;
    }

    static boolean isBods(JsonNode rec) {
        return rec.has("recordType") || rec.has("statementType") || rec.has("statementID");
    }

    void statement(JsonNode rec, OwnershipGraph.Builder b, GraphLoader.Where w) {
        order++;
        if (rec.has("recordType")) {
            v04(rec, b, w);
        } else {
            v02(rec, b, w);
        }
    }

    // ---- 0.4

    private void v04(JsonNode rec, OwnershipGraph.Builder b, GraphLoader.Where w) {
        String type = rec.path("recordType").asText();
        String id = GraphLoader.required(GraphLoader.text(rec, "recordId"), w, "recordId");
        String status = rec.path("recordStatus").asText("new");
        if (!status.equals("new") && !status.equals("updated") && !status.equals("closed")) {
            throw new OwnershipFormatException(w + ": field recordStatus must be new, updated or closed, got '" + status + "'");
        }
        JsonNode d = rec.path("recordDetails");
        switch (type) {
            case "person" -> person(id, d, b, w);
            case "entity" -> entity(id, d.path("entityType").path("type").asText(), d, b, w);
            case "relationship" -> {
                List<Interest> in = status.equals("closed") ? List.of() : interests(
                        GraphLoader.required(GraphLoader.text(d, "subject"), w, "recordDetails.subject"), d.path("interestedParty"),
                        d.path("componentRecords"), d.path("interests"), false, w);
                version(id, rec, status.equals("closed"), in, w);
            }
            default -> warnings.add(w + ": record type '" + type + "' is not person, entity or relationship; left out");
        }
    }

    // ---- 0.2 and 0.3

    private void v02(JsonNode rec, OwnershipGraph.Builder b, GraphLoader.Where w) {
        String type = rec.path("statementType").asText();
        String sid = GraphLoader.required(GraphLoader.text(rec, "statementID"), w, "statementID");
        String key = sid;
        for (JsonNode r : rec.path("replacesStatements")) {
            String known = chain.get(r.asText());
            if (known != null) {
                key = known;
            } else {
                unknownReplaced++;
            }
        }
        chain.put(sid, key);
        switch (type) {
            case "personStatement" -> person(key, rec, b, w);
            case "entityStatement" -> entity(key, rec.path("entityType").asText(), rec, b, w);
            case "ownershipOrControlStatement" -> {
                String subject = GraphLoader.required(GraphLoader.text(rec.path("subject"), "describedByEntityStatement"), w,
                        "subject.describedByEntityStatement");
                JsonNode p = rec.path("interestedParty");
                JsonNode party = p.has("describedByPersonStatement") ? p.get("describedByPersonStatement")
                        : p.has("describedByEntityStatement") ? p.get("describedByEntityStatement") : p.path("unspecified");
                version(key, rec, false, interests(subject, party, rec.path("componentStatementIDs"), rec.path("interests"), true, w), w);
            }
            default -> warnings.add(w + ": statement type '" + type + "' is not a person, entity or ownership-or-control statement; left out");
        }
    }

    // ---- both

    private void person(String id, JsonNode d, OwnershipGraph.Builder b, GraphLoader.Where w) {
        String name = null;
        for (JsonNode n : d.path("names")) {
            if (name == null && n.hasNonNull("fullName")) {
                name = n.get("fullName").asText();
            }
        }
        b.node(new Node(id, NodeKind.PERSON, name, null));
        GraphLoader.addFacts(facts, id, GraphLoader.bodsFacts(d, true, w));
    }

    private void entity(String id, String entityType, JsonNode d, OwnershipGraph.Builder b, GraphLoader.Where w) {
        NodeKind kind = "arrangement".equals(entityType) ? NodeKind.ARRANGEMENT : NodeKind.COMPANY;
        b.node(new Node(id, kind, GraphLoader.text(d, "name"), null));
        GraphLoader.addFacts(facts, id, GraphLoader.bodsFacts(d, false, w));
    }

    private void version(String key, JsonNode rec, boolean closed, List<Interest> interests, GraphLoader.Where w) {
        LocalDate date = GraphLoader.date(GraphLoader.text(rec, "statementDate"), false, w, "statementDate");
        relationships.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Version(date, order, closed, interests, w));
    }

    /** The interests of one relationship; a 0.2/0.3 party id is resolved when the versions are (it may be replaced later). */
    private List<Interest> interests(String subject, JsonNode party, JsonNode chainIds, JsonNode list, boolean legacy,
                                     GraphLoader.Where w) {
        if (!party.isTextual()) {
            warnings.add(w + ": interested party unknown or unspecified; relationship left out");
            return List.of();
        }
        boolean hasChain = chainIds.isArray() && !chainIds.isEmpty();
        List<Interest> out = new ArrayList<>();
        for (JsonNode in : list) {
            String direct = in.has("directOrIndirect") ? in.path("directOrIndirect").asText("unknown") : in.path("interestLevel").asText("unknown");
            if ("indirect".equals(direct)) {
                if (hasChain) {
                    continue;
                }
                warnings.add(w + ": indirect interest without its component chain kept as a direct stake");
            }
            String it = in.path("type").asText("");
            StakeType st;
            Share share = legacy ? legacyShare(in.path("share"), w) : share(in.path("share"), w);
            // 0.2 writes codes in kebab case (voting-rights), 0.3 and 0.4 in camel case (votingRights)
            switch (it.replace("-", "").toLowerCase(Locale.ROOT)) {
                case "", "shareholding" -> st = StakeType.SHAREHOLDING;
                case "votingrights" -> st = StakeType.VOTING_RIGHTS;
                case "appointmentofboard" -> st = StakeType.APPOINTMENT_OF_BOARD;
                case "otherinfluenceorcontrol", "influenceorcontrol", "controlviacompanyrulesorarticles", "controlbylegalframework",
                     "rightsgrantedbycontract", "conditionalrightsgrantedbycontract" -> st = StakeType.OTHER_INFLUENCE_OR_CONTROL;
                case "boardmember", "boardchair", "seniormanagingofficial" -> {
                    st = StakeType.OTHER_INFLUENCE_OR_CONTROL;
                    share = GraphLoader.POSSIBLE_CONTROL;
                }
                default -> {
                    warnings.add(w + ": interest type '" + it + "' is not ownership or control; left out");
                    continue;
                }
            }
            LocalDate start = GraphLoader.date(GraphLoader.text(in, "startDate"), false, w, "startDate");
            LocalDate end = GraphLoader.date(GraphLoader.text(in, "endDate"), true, w, "endDate");
            if (start != null && end != null && !end.isAfter(start)) {
                throw new OwnershipFormatException(w + ": end " + end + " is not after start " + start);
            }
            out.add(new Interest(party.asText(), subject, share, st, start, end));
        }
        return out;
    }

    /** 0.4: {@code exclusiveMinimum} and {@code exclusiveMaximum} are numbers, exclusive bounds one unit inside. */
    private static Share share(JsonNode s, GraphLoader.Where w) {
        if (s.isMissingNode() || s.isNull()) {
            return Share.unknown();
        }
        try {
            if (!s.isObject()) {
                throw new IllegalArgumentException("not an object: " + s);
            }
            if (s.has("exact")) {
                return Share.exact(GraphLoader.number(s, "exact"));
            }
            BigDecimal min = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.valueOf(100);
            if (s.has("minimum")) {
                min = GraphLoader.number(s, "minimum");
            } else if (s.has("exclusiveMinimum")) {
                min = GraphLoader.number(s, "exclusiveMinimum").add(UNIT);
            }
            if (s.has("maximum")) {
                max = GraphLoader.number(s, "maximum");
            } else if (s.has("exclusiveMaximum")) {
                max = GraphLoader.number(s, "exclusiveMaximum").subtract(UNIT);
            }
            return Share.between(min, max);
        } catch (IllegalArgumentException e) {
            throw new OwnershipFormatException(w + ": field share: " + e.getMessage());
        }
    }

    /**
     * 0.2 and 0.3: {@code minimum} inclusive and {@code maximum} exclusive by default, the booleans
     * {@code exclusiveMinimum} and {@code exclusiveMaximum} turning either; a maximum of 100 is 100 (nothing above).
     */
    private static Share legacyShare(JsonNode s, GraphLoader.Where w) {
        if (s.isMissingNode() || s.isNull()) {
            return Share.unknown();
        }
        try {
            if (!s.isObject()) {
                throw new IllegalArgumentException("not an object: " + s);
            }
            if (s.has("exact")) {
                return Share.exact(GraphLoader.number(s, "exact"));
            }
            BigDecimal min = s.has("minimum") ? GraphLoader.number(s, "minimum") : BigDecimal.ZERO;
            BigDecimal max = s.has("maximum") ? GraphLoader.number(s, "maximum") : BigDecimal.valueOf(100);
            if (s.has("minimum") && s.path("exclusiveMinimum").asBoolean(false)) {
                min = min.add(UNIT);
            }
            if (s.has("maximum") && s.path("exclusiveMaximum").asBoolean(true) && max.compareTo(BigDecimal.valueOf(100)) < 0
                    && max.compareTo(min) > 0) {
                max = max.subtract(UNIT);
            }
            return Share.between(min, max);
        } catch (IllegalArgumentException e) {
            throw new OwnershipFormatException(w + ": field share: " + e.getMessage());
        }
    }

    /** Resolves each relationship record's versions into dated stakes (see the class comment). */
    void finish(OwnershipGraph.Builder b, List<GraphLoader.Where> stakeWhere) {
        if (unknownReplaced > 0) {
            warnings.add(unknownReplaced + " replacesStatements id(s) name no statement read before them; nothing replaced for those");
        }
        List<String> keys = new ArrayList<>(relationships.keySet());
        keys.sort(null);
        for (String key : keys) {
            List<Version> vs = new ArrayList<>(relationships.get(key));
            boolean allDated = vs.stream().allMatch(v -> v.date() != null);
            vs.sort(allDated ? (x, y) -> {
                int c = x.date().compareTo(y.date());
                return c != 0 ? c : Long.compare(x.order(), y.order());
            } : (x, y) -> Long.compare(x.order(), y.order()));
            for (int k = 0; k < vs.size(); k++) {
                Version v = vs.get(k);
                if (v.closed()) {
                    continue;
                }
                Version next = k + 1 < vs.size() ? vs.get(k + 1) : null;
                if (next != null && next.date() == null) {
                    continue; // replaced by an undated later version: that one holds from the first
                }
                LocalDate from = k == 0 || v.date() == null ? null : v.date();
                LocalDate until = next == null ? null : next.date();
                for (Interest in : v.interests()) {
                    LocalDate start = max(in.start(), from);
                    LocalDate end = min(in.end(), until);
                    if (start != null && end != null && !end.isAfter(start)) {
                        continue; // replaced before it began: never what the register said
                    }
                    String owner = chain.getOrDefault(in.owner(), in.owner());
                    String owned = chain.getOrDefault(in.owned(), in.owned());
                    if (owner.equals(owned)) {
                        throw new OwnershipFormatException(v.where() + ": owner and owned are the same entity '" + owner + "'");
                    }
                    stakeWhere.add(v.where());
                    b.stake(owner, owned, in.share(), in.type(), start, end);
                }
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}

package org.kordon.ownership;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ownership graphs from FollowTheMoney entities (JSON lines, OpenSanctions style) and Open Ownership BODS
 * statements of versions 0.2, 0.3 and 0.4 (a JSON array or JSON lines, read one statement at a time with Jackson's
 * streaming parser); the format is told by each record. Besides the graph it gives each node's facts (birth date,
 * nationality or jurisdiction, identifiers), the evidence {@link ListLinks} links nodes to the lists by.
 *
 * <pre>{@code
 * LoadedGraph lg = GraphLoader.load(List.of(Path.of("joint-ownership.json")));
 * lg.graph().nodeCount()   // 4: the company, the joint arrangement, two persons
 * }</pre>
 *
 * <p><b>FtM</b>: {@code Person}, {@code Company}, {@code Organization}, {@code LegalEntity}, {@code PublicBody}
 * become nodes (first name); {@code Ownership} (owner, asset, percentage, startDate, endDate) a shareholding;
 * {@code Directorship} (director, organization) a possible control, share [0, 99.9999]: a director may or may not
 * control, so EU and UK answer {@code undetermined}, never {@code controlled}, on a directorship alone.
 * Partial dates widen the stake: a start of {@code 2019} is 2019-01-01, an end of {@code 2019} is 2020-01-01.
 *
 * <p><b>BODS</b>: person and entity statements become nodes ({@code entityType} arrangement a joint arrangement);
 * each interest of a relationship (0.4) or ownership-or-control statement (0.2, 0.3) one stake: {@code share.exact},
 * {@code minimum}, {@code maximum} give the interval (0.4: numeric exclusive bounds one unit of 0.0001 inside; 0.2 and
 * 0.3: the maximum exclusive unless {@code exclusiveMaximum} is false, the minimum inclusive unless
 * {@code exclusiveMinimum} is true), none gives [0, 100]. Record versions: statements of one 0.4 {@code recordId},
 * or a 0.2/0.3 chain of {@code replacesStatements}, are versions of one record; a later version replaces the earlier
 * one from its {@code statementDate}, and a {@code closed} one ends the record (see {@code BodsReader}).
 * Indirect interests whose component chain is in the file are left out, since the engine derives them from the chain
 * itself (counting both would count twice); an indirect interest without its chain is kept as a direct stake, with a
 * warning. An interest without a type is a shareholding of unknown share. Board membership and senior managing
 * officials are possible control, as directorships above; interests that are neither ownership nor control (settlor,
 * trustee, nominee, ...) are left out with a warning.
 *
 * <p>The same stake given twice is counted once, with a warning naming both places; two different shareholding (or
 * voting) stakes of one owner in one company for the same period (same start and end) are an error naming both.
 *
 * <p>Throws {@link OwnershipFormatException} naming file, line and field for malformed JSON, a bad share, date or
 * record status, or two stakes that contradict each other
 */
public final class GraphLoader {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Share POSSIBLE_CONTROL = Share.between(BigDecimal.ZERO, new BigDecimal("99.9999"));

    private GraphLoader() {
    }

    public static LoadedGraph load(List<Path> files) {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        List<String> warnings = new ArrayList<>();
        Map<String, NodeFacts> facts = new HashMap<>();
        List<Where> stakeWhere = new ArrayList<>();
        BodsReader bods = new BodsReader(warnings, facts);
        for (Path f : files) {
            try {
                loadFile(f, b, bods, facts, stakeWhere);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        bods.finish(b, stakeWhere);
        checkStakes(b, stakeWhere, warnings);
        return new LoadedGraph(b.build(), warnings, facts);
    }

    /**
     * The same stake given twice is counted once, with a warning naming both places; two different stakes of one type
     * from one owner in one company for the same period (30% and 25%, both from the same date) contradict each other:
     * an error naming both, since summing them or choosing one would be a guess.
     */
    private static void checkStakes(OwnershipGraph.Builder b, List<Where> stakeWhere, List<String> warnings) {
        for (OwnershipGraph.Builder.Duplicate d : b.duplicates()) {
            warnings.add(stakeWhere.get(d.dropped()) + ": the same stake as " + stakeWhere.get(d.kept()) + StakeFields.COUNTED_ONCE);
        }
        List<OwnershipGraph.Builder.Conflict> conflicts = b.conflicts();
        if (!conflicts.isEmpty()) {
            OwnershipGraph.Builder.Conflict c = conflicts.get(0);
            throw new OwnershipFormatException(stakeWhere.get(c.second()) + ": " + StakeFields.conflict(c) + " given at "
                    + stakeWhere.get(c.first()) + (conflicts.size() > 1 ? " (and " + (conflicts.size() - 1) + " more such pair(s))" : ""));
        }
    }

    private static void loadFile(Path file, OwnershipGraph.Builder b, BodsReader bods, Map<String, NodeFacts> facts,
                                 List<Where> stakeWhere) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser p = JSON.createParser(r)) {
            JsonToken t = p.nextToken();
            boolean array = t == JsonToken.START_ARRAY;
            if (array) {
                t = p.nextToken();
            }
            while (t != null && t != JsonToken.END_ARRAY) {
                long line = p.currentTokenLocation().getLineNr();
                JsonNode rec;
                try {
                    rec = JSON.readTree(p);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new OwnershipFormatException(name + " line " + (e.getLocation() == null ? line : e.getLocation().getLineNr())
                            + ": malformed JSON: " + e.getOriginalMessage());
                }
                Where w = new Where(name, line);
                try {
                    if (BodsReader.isBods(rec)) {
                        bods.statement(rec, b, w);
                    } else if (rec.has("schema")) {
                        ftm(rec, b, facts, w, stakeWhere);
                    } else {
                        throw new OwnershipFormatException(w + ": neither a BODS statement (recordType, statementType) nor an FtM entity (schema)");
                    }
                } catch (OwnershipFormatException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw new OwnershipFormatException(w + ": " + e.getMessage());
                }
                t = p.nextToken();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new OwnershipFormatException(name + " line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + ": malformed JSON: " + e.getOriginalMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new OwnershipFormatException(name + ": not valid UTF-8");
        }
    }

    record Where(String file, long line) {
        @Override
        public String toString() {
            return file + " line " + line;
        }
    }

    // ---- FollowTheMoney

    private static void ftm(JsonNode rec, OwnershipGraph.Builder b, Map<String, NodeFacts> facts, Where w, List<Where> stakeWhere) {
        String schema = rec.path("schema").asText();
        String id = text(rec, "id");
        JsonNode props = rec.path("properties");
        switch (schema) {
            case "Person" -> {
                b.node(new Node(required(id, w, "id"), NodeKind.PERSON, first(props, "name"), null));
                addFacts(facts, id.strip(), ftmFacts(props, true, w));
            }
            case "Company", "Organization", "LegalEntity", "PublicBody" -> {
                b.node(new Node(required(id, w, "id"), NodeKind.COMPANY, first(props, "name"), null));
                addFacts(facts, id.strip(), ftmFacts(props, false, w));
            }
            case "Ownership" -> {
                String owner = required(first(props, "owner"), w, "properties.owner");
                String asset = required(first(props, "asset"), w, "properties.asset");
                Share share = percentage(first(props, "percentage"), w);
                Stake s = stake(owner, asset, share, StakeType.SHAREHOLDING, first(props, "startDate"), first(props, "endDate"), w);
                stakeWhere.add(w);
                b.stake(s);
            }
            case "Directorship" -> {
                String director = required(first(props, "director"), w, "properties.director");
                String org = required(first(props, "organization"), w, "properties.organization");
                Stake s = stake(director, org, POSSIBLE_CONTROL, StakeType.OTHER_INFLUENCE_OR_CONTROL,
                        first(props, "startDate"), first(props, "endDate"), w);
                stakeWhere.add(w);
                b.stake(s);
            }
            default -> {
            }
        }
    }

    /** FtM identifier properties and the scheme each gives. */
    private static final Map<String, String> FTM_IDS = Map.of("innCode", "INN", "ogrnCode", "OGRN", "leiCode", "LEI",
            "imoNumber", "IMO", "bicCode", "BIC", "swiftBic", "BIC", "taxNumber", NodeFacts.Id.TAX,
            "registrationNumber", NodeFacts.Id.REGISTRATION, "idNumber", "NATIONAL_ID", "passportNumber", "PASSPORT");

    /** Birth dates, nationalities (a person) or jurisdiction (an organisation) and identifiers of an FtM entity. */
    private static NodeFacts ftmFacts(JsonNode props, boolean person, Where w) {
        List<String> countries = new ArrayList<>();
        for (String p : person ? List.of("nationality", "citizenship") : List.of("jurisdiction")) {
            countries.addAll(all(props, p));
        }
        List<NodeFacts.Id> ids = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(FTM_IDS).entrySet()) {
            for (String v : all(props, e.getKey())) {
                if (v.codePoints().anyMatch(Character::isLetterOrDigit)) { // "-" is no number
                    ids.add(identifier(e.getValue(), v, w, "properties." + e.getKey()));
                }
            }
        }
        return new NodeFacts(person ? all(props, "birthDate") : List.of(), countries(countries, w), ids);
    }

    /** One unit of the engine (0.0001 percentage points): how far inside an exclusive bound the interval starts. */
    private static final BigDecimal UNIT = new BigDecimal("0.0001");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern RANGE = Pattern.compile("(?:between\\s+|from\\s+)?(\\d+(?:[.,]\\d+)?)\\s*%?\\s*(?:-|–|to|and)\\s*(\\d+(?:[.,]\\d+)?)");

    /**
     * An FtM percentage, free text, as the interval it states; empty means unknown ([0, 100]).
     *
     * <table>
     * <caption>What is read</caption>
     * <tr><td>{@code 50}, {@code 50.5}, {@code 50,5 %}</td><td>exactly that</td></tr>
     * <tr><td>{@code 25-50}, {@code 25 - 50 %}, {@code 25% to 50%}, {@code between 25 and 50}</td><td>[25, 50]</td></tr>
     * <tr><td>{@code more than 50%}, {@code over 50}, {@code above 50}, {@code >50%}</td><td>[50.0001, 100]: a majority under every regime</td></tr>
     * <tr><td>{@code 50% or more}, {@code at least 50}, {@code >=50}, {@code ≥50}, {@code 50+}</td><td>[50, 100]</td></tr>
     * <tr><td>{@code less than 10%}, {@code under 10}, {@code below 10}, {@code <10%}</td><td>[0, 9.9999]</td></tr>
     * <tr><td>{@code up to 25%}, {@code at most 25}, {@code <=25}, {@code ≤25}, {@code 25% or less}</td><td>[0, 25]</td></tr>
     * </table>
     * An interval that straddles a regime's threshold makes the answer {@code undetermined}, never blocked or clear.
     *
     * @throws OwnershipFormatException naming the field for any other text (a percentage Kordon cannot read is not guessed)
     */
    static Share percentage(String s, Where w) {
        if (s == null || s.isBlank()) {
            return Share.unknown();
        }
        String t = s.strip().toLowerCase(Locale.ROOT).replace("per cent", "%").replace("percent", "%").replaceAll("\\s+", " ");
        try {
            Matcher range = RANGE.matcher(t);
            if (range.matches() || (range.reset().lookingAt() && t.substring(range.end()).replace("%", "").isBlank())) {
                return Share.between(decimal(range.group(1)), decimal(range.group(2)));
            }
            Matcher num = NUMBER.matcher(t);
            if (!num.find()) {
                throw new NumberFormatException();
            }
            BigDecimal v = decimal(num.group());
            String before = t.substring(0, num.start()).strip();
            String after = t.substring(num.end()).replace("%", " ").strip();
            if (num.find()) {
                throw new NumberFormatException(); // two numbers, not a range we read
            }
            if (before.isEmpty() && after.isEmpty()) {
                return Share.exact(v);
            }
            if (after.isEmpty()) {
                return switch (before) {
                    case "more than", "over", "above", "greater than", ">" -> Share.between(v.add(UNIT).min(HUNDRED), HUNDRED);
                    case "at least", "not less than", ">=", "≥" -> Share.between(v, HUNDRED);
                    case "less than", "under", "below", "<" -> Share.between(BigDecimal.ZERO, v.subtract(UNIT).max(BigDecimal.ZERO));
                    case "up to", "at most", "not more than", "<=", "≤" -> Share.between(BigDecimal.ZERO, v);
                    default -> throw new NumberFormatException();
                };
            }
            if (before.isEmpty()) {
                return switch (after) {
                    case "or more", "+", "and more", "and above", "or above" -> Share.between(v, HUNDRED);
                    case "or less", "and less", "or below" -> Share.between(BigDecimal.ZERO, v);
                    default -> throw new NumberFormatException();
                };
            }
            throw new NumberFormatException();
        } catch (NumberFormatException e) {
            throw new OwnershipFormatException(w + ": field percentage: not a percentage Kordon reads: '" + s
                    + "' (a number, a range such as 25-50, or more than / at least / less than / up to a number)");
        } catch (IllegalArgumentException e) {
            throw new OwnershipFormatException(w + ": field percentage: " + e.getMessage());
        }
    }

    private static BigDecimal decimal(String s) {
        return new BigDecimal(s.replace(',', '.'));
    }

    // ---- BODS (BodsReader) facts

    /**
     * A BODS person's birth date, nationalities and identifiers, or an entity's jurisdiction
     * ({@code jurisdiction} in 0.4, {@code incorporatedInJurisdiction} in 0.2 and 0.3) and identifiers
     * ({@code scheme} or {@code schemeName} with {@code id}).
     */
    static NodeFacts bodsFacts(JsonNode d, boolean person, Where w) {
        List<String> countries = new ArrayList<>();
        if (person) {
            for (JsonNode n : d.path("nationalities")) {
                countries.add(text(n, "code"));
            }
        } else {
            String j = text(d.path("jurisdiction"), "code");
            countries.add(j != null ? j : text(d.path("incorporatedInJurisdiction"), "code"));
        }
        List<NodeFacts.Id> ids = new ArrayList<>();
        for (JsonNode i : d.path("identifiers")) {
            String scheme = text(i, "scheme");
            String value = text(i, "id");
            if (scheme == null || scheme.isBlank() || value == null || value.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // a URI or a scheme name without a number ("-") is no evidence
            }
            ids.add(identifier(scheme, value, w, "identifiers"));
        }
        String birth = person ? text(d, "birthDate") : null;
        return new NodeFacts(birth == null ? List.of() : List.of(birth), countries(countries, w), ids);
    }

    private static NodeFacts.Id identifier(String scheme, String value, Where w, String field) {
        try {
            return NodeFacts.Id.of(scheme, value);
        } catch (IllegalArgumentException e) {
            throw new OwnershipFormatException(w + ": field " + field + ": " + e.getMessage());
        }
    }

    /**
     * Two-letter country codes, lower case; a subdivision such as {@code GB-ENG} counts as its country, a former
     * country's four-letter code ({@code SUHH}) as its first two letters.
     */
    private static List<String> countries(List<String> codes, Where w) {
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String t = c.strip();
            if ((t.length() > 2 && t.charAt(2) == '-') || (t.length() == 4 && t.chars().allMatch(Character::isLetter))) {
                t = t.substring(0, 2);
            }
            if (t.length() != 2 || !Character.isLetter(t.charAt(0)) || !Character.isLetter(t.charAt(1))) {
                throw new OwnershipFormatException(w + ": not an ISO 3166-1 alpha-2 country code: '" + c + "'");
            }
            out.add(t.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static void addFacts(Map<String, NodeFacts> facts, String id, NodeFacts f) {
        if (!f.isEmpty()) {
            facts.merge(id, f, NodeFacts::plus);
        }
    }

    private static List<String> all(JsonNode props, String field) {
        JsonNode v = props.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else {
            out.add(v.asText());
        }
        return out;
    }

    // ---- helpers

    static BigDecimal number(JsonNode share, String field) {
        JsonNode v = share.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException(field + " is not a number: " + v);
        }
        return v.decimalValue();
    }

    private static Stake stake(String owner, String owned, Share share, StakeType t, String start, String end, Where w) {
        try {
            return new Stake(owner, owned, share, t, date(start, false, w, "startDate"), date(end, true, w, "endDate"));
        } catch (IllegalArgumentException e) {
            throw new OwnershipFormatException(w + ": " + e.getMessage());
        }
    }

    /** ISO date, or a partial one (YYYY, YYYY-MM): a start is its first day, an end the day after its last. */
    static LocalDate date(String s, boolean end, Where w, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            if (t.length() >= 10) {
                LocalDate d = LocalDate.parse(t.substring(0, 10));
                return d;
            }
            if (t.length() == 7) {
                LocalDate d = LocalDate.parse(t + "-01");
                return end ? d.plusMonths(1) : d;
            }
            if (t.length() == 4) {
                LocalDate d = LocalDate.of(Integer.parseInt(t), 1, 1);
                return end ? d.plusYears(1) : d;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // fall through to the error below
        }
        throw new OwnershipFormatException(w + ": field " + field + ": not a date (YYYY-MM-DD, YYYY-MM or YYYY): '" + s + "'");
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String first(JsonNode props, String field) {
        JsonNode v = props.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : v.get(0).asText();
        }
        return v.asText();
    }

    static String required(String v, Where w, String field) {
        if (v == null || v.isBlank()) {
            throw new OwnershipFormatException(w + ": field " + field + " is missing");
        }
        return v.strip();
    }
}

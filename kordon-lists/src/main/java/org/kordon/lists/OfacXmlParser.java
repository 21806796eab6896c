package org.kordon.lists;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kordon.model.Address;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.model.VesselInfo;

/**
 * Reads OFAC's Enhanced XML ({@code SDN_ENHANCED.XML}, {@code CONS_ENHANCED.XML}), plain or as the first
 * {@code .xml} entry of a ZIP (read streaming, no temporary file).
 *
 * <p>The format: root {@code sanctionsData} in namespace
 * {@code https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML};
 * {@code publicationInfo/dataAsOf} gives the version; {@code referenceValues} (before the entities) maps
 * {@code refId}s to values such as countries; each {@code entities/entity} has {@code generalInfo/entityType}
 * (Individual, Entity, Vessel, Aircraft), {@code sanctionsLists} (with {@code datePublished}),
 * {@code sanctionsPrograms}, {@code sanctionsTypes}, {@code legalAuthorities}, {@code names/name} (with
 * {@code isPrimary}, {@code aliasType}, {@code isLowQuality} and {@code translations/translation} per script),
 * {@code addresses}, {@code features/feature} (type, value, {@code valueDate}), {@code identityDocuments}
 * and {@code relationships}.
 *
 * <p>Mapping: id {@code ofac-sdn:<entity id>} when one of its lists is the "SDN List" (the id is OFAC's
 * ent_num, the same as in {@code sdn.csv}), else {@code ofac-cons:<entity id>}. Source: {@code ofac-sdn}
 * when the file is published for the SDN List only, else {@code ofac-cons}; version the {@code dataAsOf} date
 * ({@code 2025-01-10}). Names: the primary name's Latin translation is {@link NameKind#PRIMARY}; aliases
 * are {@link NameKind#ALIAS}, {@code F.K.A.} {@link NameKind#PREVIOUS}, {@code isLowQuality}
 * {@link NameKind#WEAK_ALIAS}; a translation in another script (Cyrillic, Chinese…) is
 * {@link NameKind#ORIGINAL_SCRIPT} with the script as its lang. Features: Birthdate (from {@code valueDate}:
 * a whole year, month or day, a range when {@code isDateRange}, circa when {@code isApproximate}), Place
 * of Birth, Nationality and Citizenship Country (nationalities), Nationality of Registration (country),
 * Gender, the Vessel features ({@link VesselInfo}, call sign), identifier-like features (SWIFT/BIC, Website,
 * Email Address, MMSI, digital currency addresses…); any other feature is kept as a remark
 * {@code "<type> <value>"}. Identity documents become identifiers by their OFAC label (see
 * {@link OfacRemarks}), unknown labels as {@link IdType#OTHER} with the label. One sanction per list
 * (the umbrella "Consolidated List" only when it is the sole list): authority OFAC, the programmes, listed
 * on the list's {@code datePublished}, measure the list name ({@code SDN} for the SDN List) with the
 * sanctions types. Relationships and legal authorities are kept as remarks.
 *
 * <p>Example: {@code <entity id="17013">} of type Entity on the SDN List and the SSI List, name "VTB BANK
 * PUBLIC JOINT STOCK COMPANY" with a Cyrillic translation, gives {@code ofac-sdn:17013}, an Organization
 * with an original-script name {@code (Cyrillic)} and a Tax ID No. {@code 7702070139} issued by {@code ru}.
 *
 * <p>Errors: a DOCTYPE, an entity reference or broken XML fails the load in every mode, naming the element
 * path and line ({@code /sanctionsData/entities/entity[12]/features/feature[3] (line 4021)}). A bad record
 * (unknown entity type, no name, a date that is not a date) is rejected: the load fails in strict mode, the
 * entity is skipped and reported in lenient mode. Dates here are structured ISO dates, so a bad one is a
 * defect of the record, not free text to keep. Not thread-safe; one instance per file.
 */
final class OfacXmlParser implements ListParser {
    private static final String ROOT = "sanctionsData";
    private static final String SDN_LIST = "SDN List";
    private static final String CONS_LIST = "Consolidated List";
    /** Elements that repeat under their parent: their paths carry a 1-based index. */
    private static final Set<String> REPEATED = Set.of("entity", "referenceValue", "name", "translation", "namePart",
            "address", "addressPart", "feature", "identityDocument", "relationship", "sanctionsList",
            "sanctionsProgram", "sanctionsType", "legalAuthority");

    /** One element of an entity (or of another small top-level section), with where it was read. */
    private static final class Node {
        final String name;
        final String path;
        final int line;
        final Map<String, String> attrs = new HashMap<>(4);
        final List<Node> children = new ArrayList<>(4);
        final StringBuilder text = new StringBuilder();

        Node(String name, String path, int line) {
            this.name = name;
            this.path = path;
            this.line = line;
        }

        String where() {
            return path + " (line " + line + ")";
        }

        String text() {
            String t = text.toString().strip();
            return t.isEmpty() ? null : t;
        }

        Node child(String n) {
            for (Node c : children) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        List<Node> all(String n) {
            List<Node> out = new ArrayList<>();
            for (Node c : children) {
                if (c.name.equals(n)) {
                    out.add(c);
                }
            }
            return out;
        }

        /** The children named {@code item} of the child named {@code group}. */
        List<Node> list(String group, String item) {
            Node g = child(group);
            return g == null ? List.of() : g.all(item);
        }

        String childText(String n) {
            Node c = child(n);
            return c == null ? null : c.text();
        }
    }

    private final Map<String, String> refValues = new HashMap<>();
    /** The zip entry being read, or null for a plain file. */
    private String part;
    /** The innermost element being read, for error messages when the XML itself breaks. */
    private String openPath;
    private String version;
    private String list = "ofac-cons";
    private SourceRef source;

    @Override
    public void parse(ParseContext ctx) throws IOException {
        String name = ctx.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            try (ZipLimit zip = ZipLimit.open(ctx, "a zipped OFAC XML")) {
                ZipEntry e = zip.first(".xml");
                if (e == null) {
                    throw ctx.error(null, null, "the ZIP holds no .xml entry");
                }
                try (InputStream in = new BufferedInputStream(zip.open(e), 1 << 16)) {
                    part = e.getName();
                    read(ctx, in);
                }
            }
            return;
        }
        ctx.checkSize(ctx.file());
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(ctx.file()), 1 << 16)) {
            read(ctx, raw);
        }
    }

    private void read(ParseContext ctx, InputStream in) {
        XMLStreamReader r = null;
        try {
            r = SafeXml.reader(in, ctx, part);
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: comments, whitespace (a DTD fails inside the reader)
            }
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT || !ROOT.equals(r.getLocalName())) {
                throw ctx.error(r.getEventType() == XMLStreamConstants.START_ELEMENT ? "/" + r.getLocalName() : null,
                        null, "not OFAC Enhanced XML: the root element must be <" + ROOT + ">");
            }
            String rootPath = "/" + ROOT;
            Map<String, Integer> rootCounts = new HashMap<>();
            while (r.next() != XMLStreamConstants.END_DOCUMENT) {
                if (r.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    continue;
                }
                if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String section = r.getLocalName();
                String sectionPath = rootPath + "/" + section;
                if (section.equals("entities")) {
                    Map<String, Integer> entityCounts = new HashMap<>();
                    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        Node entity = readNode(ctx, r, sectionPath, entityCounts);
                        if (source == null) {
                            startSource(ctx);
                        }
                        try {
                            ctx.emit(entity(ctx, entity));
                        } catch (ListFormatException e) {
                            ctx.reject(e);
                        } catch (IllegalArgumentException e) {
                            ctx.reject(ctx.error(entity.where(), null, e.getMessage()));
                        }
                    }
                } else {
                    Node n = readNode(ctx, r, rootPath, rootCounts);
                    if (section.equals("publicationInfo")) {
                        publicationInfo(ctx, n);
                    } else if (section.equals("referenceValues")) {
                        for (Node v : n.all("referenceValue")) {
                            String id = v.attrs.get("refId");
                            if (id != null && v.childText("value") != null) {
                                refValues.put(id, v.childText("value"));
                            }
                        }
                    }
                }
            }
            if (source == null) {
                startSource(ctx);
            }
        } catch (XMLStreamException e) {
            String line = e.getLocation() != null ? "(line " + e.getLocation().getLineNumber() + ")" : null;
            String where = openPath == null ? line : line == null ? openPath : openPath + " " + line;
            throw new ListFormatException(ctx.fileName(), where, null, "malformed or refused XML: "
                    + cleanMessage(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing only frees the reader
                }
            }
        }
    }

    private void startSource(ParseContext ctx) {
        source = new SourceRef(list, version);
        ctx.source(source);
    }

    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).strip();
    }

    /**
     * Reads the element the reader is on, with its subtree, into a Node; leaves the reader on its end tag. At
     * most {@link Limit#RECORD_ELEMENTS} elements and {@link Limit#RECORD_CHARS} characters of text.
     */
    private Node readNode(ParseContext ctx, XMLStreamReader r, String parentPath, Map<String, Integer> siblingCounts)
            throws XMLStreamException {
        List<Node> open = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Node top = start(r, parentPath, siblingCounts);
        open.add(top);
        counts.add(new HashMap<>());
        long elements = 1;
        long chars = 0;
        while (!open.isEmpty()) {
            Node cur = open.get(open.size() - 1);
            openPath = cur.path;
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++elements > ctx.max(Limit.RECORD_ELEMENTS)) {
                        throw ctx.limit(top.where(), null, Limit.RECORD_ELEMENTS,
                                "the record holds more than " + (elements - 1) + " elements");
                    }
                    Node child = start(r, cur.path, counts.get(counts.size() - 1));
                    cur.children.add(child);
                    open.add(child);
                    counts.add(new HashMap<>());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    chars += r.getTextLength();
                    if (chars > ctx.max(Limit.RECORD_CHARS)) {
                        throw ctx.limit(top.where(), null, Limit.RECORD_CHARS, "the record's text runs on");
                    }
                    cur.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    open.remove(open.size() - 1);
                    counts.remove(counts.size() - 1);
                    if (open.isEmpty()) {
                        openPath = null;
                    }
                }
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("the file ends inside " + cur.where(), r.getLocation());
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
        return top;
    }

    private static Node start(XMLStreamReader r, String parentPath, Map<String, Integer> siblingCounts) {
        String name = r.getLocalName();
        String path = parentPath + "/" + name;
        if (REPEATED.contains(name)) {
            int i = siblingCounts.merge(name, 1, Integer::sum);
            path += "[" + i + "]";
        }
        Node n = new Node(name, path, r.getLocation().getLineNumber());
        for (int i = 0; i < r.getAttributeCount(); i++) {
            n.attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return n;
    }

    private void publicationInfo(ParseContext ctx, Node info) {
        String asOf = info.childText("dataAsOf");
        if (asOf != null) {
            Node at = info.child("dataAsOf");
            version = isoDate(ctx, at, "dataAsOf", asOf).toString();
        }
        List<String> lists = new ArrayList<>();
        Node filters = info.child("filters");
        if (filters != null) {
            for (Node l : filters.list("sanctionsLists", "sanctionsList")) {
                if (l.text() != null) {
                    lists.add(l.text());
                }
            }
        }
        list = !lists.isEmpty() && lists.stream().allMatch(SDN_LIST::equals) ? "ofac-sdn" : "ofac-cons";
    }

    private Entity entity(ParseContext ctx, Node e) {
        String id = e.attrs.get("id");
        if (id == null || id.isBlank()) {
            throw ctx.error(e.where(), "id", "the entity has no id");
        }
        Node general = e.child("generalInfo");
        Node typeNode = general == null ? null : general.child("entityType");
        String type = typeNode == null ? null : ref(typeNode);
        Schema schema = type == null ? null : switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "entity" -> Schema.ORGANIZATION;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> null;
        };
        if (schema == null) {
            throw ctx.error((typeNode == null ? e : typeNode).where(), "entityType",
                    "unknown entity type '" + type + "' (expected Individual, Entity, Vessel or Aircraft)");
        }
        List<Node> lists = e.list("sanctionsLists", "sanctionsList");
        boolean sdn = lists.stream().anyMatch(l -> SDN_LIST.equals(l.text()));
        Entity.Builder b = Entity.builder((sdn ? "ofac-sdn:" : "ofac-cons:") + id.strip(), schema).source(source);

        names(e, b);
        if (!b.hasNames()) {
            throw ctx.error(e.where(), "names", "the entity has no name");
        }
        sanctions(ctx, e, lists, b);
        if (general != null) {
            b.remark(general.childText("remarks"));
        }
        for (Node a : e.list("addresses", "address")) {
            address(a, b);
        }
        String[] vessel = new String[5];
        for (Node f : e.list("features", "feature")) {
            feature(ctx, f, b, vessel);
        }
        b.vessel(new VesselInfo(vessel[0], vessel[1], vessel[2], vessel[3], vessel[4]));
        for (Node d : e.list("identityDocuments", "identityDocument")) {
            document(ctx, d, b);
        }
        for (Node rel : e.list("relationships", "relationship")) {
            Node other = rel.child("relatedEntity");
            String t = rel.child("type") == null ? null : ref(rel.child("type"));
            if (other != null && other.text() != null) {
                b.remark((t == null ? "Related to" : t) + ": " + other.text()
                        + (other.attrs.containsKey("entityId") ? " (entity " + other.attrs.get("entityId") + ")" : ""));
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            throw ctx.error(e.where(), null, ex.getMessage());
        }
    }

    private void names(Node e, Entity.Builder b) {
        for (Node n : e.list("names", "name")) {
            boolean primary = "true".equals(n.childText("isPrimary"));
            boolean weak = "true".equals(n.childText("isLowQuality"));
            Node aliasNode = n.child("aliasType");
            String alias = aliasNode == null ? "" : ref(aliasNode);
            NameKind kind = primary ? NameKind.PRIMARY
                    : weak ? NameKind.WEAK_ALIAS
                    : alias != null && alias.toUpperCase(Locale.ROOT).startsWith("F.K.A") ? NameKind.PREVIOUS
                    : NameKind.ALIAS;
            for (Node t : n.list("translations", "translation")) {
                String full = t.childText("formattedFullName");
                if (full == null) {
                    StringBuilder parts = new StringBuilder();
                    for (Node p : t.list("nameParts", "namePart")) {
                        String v = p.childText("value");
                        if (v != null) {
                            parts.append(parts.isEmpty() ? "" : " ").append(v);
                        }
                    }
                    full = parts.toString();
                }
                if (full.isBlank()) {
                    continue;
                }
                Node scriptNode = t.child("script");
                String script = scriptNode == null ? null : ref(scriptNode);
                if (script == null || script.equalsIgnoreCase("Latin")) {
                    boolean mainTranslation = !"false".equals(t.childText("isPrimary"));
                    b.name(new Name(full, kind == NameKind.PRIMARY && !mainTranslation ? NameKind.ALIAS : kind, null));
                } else {
                    b.name(new Name(full, NameKind.ORIGINAL_SCRIPT, script));
                }
            }
        }
    }

    private void sanctions(ParseContext ctx, Node e, List<Node> lists, Entity.Builder b) {
        List<String> programs = new ArrayList<>();
        for (Node p : e.list("sanctionsPrograms", "sanctionsProgram")) {
            programs.add(ref(p));
        }
        List<String> types = new ArrayList<>();
        for (Node t : e.list("sanctionsTypes", "sanctionsType")) {
            String v = ref(t);
            if (v != null) {
                types.add(v);
            }
        }
        String typeText = types.isEmpty() ? "" : " (" + String.join(", ", types) + ")";
        boolean onlyUmbrella = lists.stream().allMatch(l -> CONS_LIST.equals(l.text()));
        for (Node l : lists) {
            String listName = ref(l);
            if (listName == null || (CONS_LIST.equals(listName) && !onlyUmbrella)) {
                continue;
            }
            String published = l.attrs.get("datePublished");
            PartialDate listed = published == null || published.isBlank() ? null
                    : PartialDate.of(isoDate(ctx, l, "datePublished", published));
            String measure = (SDN_LIST.equals(listName) ? "SDN" : listName) + typeText;
            b.sanction(new Sanction("OFAC", programs, listed, measure, null));
        }
        if (lists.isEmpty()) {
            b.sanction(new Sanction("OFAC", programs, null, types.isEmpty() ? null : String.join(", ", types), null));
        }
        for (Node a : e.list("legalAuthorities", "legalAuthority")) {
            String v = ref(a);
            if (v != null) {
                b.remark("Legal authority: " + v);
            }
        }
    }

    private void address(Node a, Entity.Builder b) {
        Node countryNode = a.child("country");
        String country = countryNode == null ? null : ref(countryNode);
        boolean any = false;
        for (Node t : a.list("translations", "translation")) {
            StringBuilder street = new StringBuilder();
            String city = null;
            String postal = null;
            String region = null;
            for (Node p : t.list("addressParts", "addressPart")) {
                Node typeNode = p.child("type");
                String type = typeNode == null ? "" : String.valueOf(ref(typeNode)).toUpperCase(Locale.ROOT);
                String v = p.childText("value");
                if (v == null) {
                    continue;
                }
                switch (type) {
                    case "CITY" -> city = v;
                    case "POSTAL CODE" -> postal = v;
                    case "STATE/PROVINCE", "REGION" -> region = region == null ? v : region + ", " + v;
                    default -> street.append(street.isEmpty() ? "" : ", ").append(v);
                }
            }
            String s = street.isEmpty() ? null : street.toString();
            if (s != null || city != null || postal != null || region != null || country != null) {
                Address addr = new Address(null, s, city, postal, region, country);
                b.address(addr);
                any = true;
            }
        }
        if (!any && country != null) {
            b.address(new Address(null, null, null, null, null, country));
        }
        b.country(country);
    }

    private void feature(ParseContext ctx, Node f, Entity.Builder b, String[] vessel) {
        Node typeNode = f.child("type");
        String type = typeNode == null ? null : ref(typeNode);
        String value = f.childText("value");
        if (type == null) {
            throw ctx.error(f.where(), "type", "the feature has no type");
        }
        String t = type.strip();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "birthdate" -> b.birthDate(date(ctx, f, value));
            case "place of birth" -> b.birthPlace(value);
            case "nationality country", "citizenship country" -> b.nationality(value);
            case "nationality of registration" -> b.country(value);
            case "gender" -> b.gender(value);
            case "vessel flag" -> vessel[0] = value;
            case "vessel type" -> vessel[1] = value;
            case "vessel tonnage", "vessel deadweight tonnage" -> vessel[2] = value;
            case "vessel gross registered tonnage", "vessel gross tonnage" -> vessel[3] = value;
            case "vessel owner" -> vessel[4] = value;
            case "vessel call sign" -> b.identifier(IdType.CALL_SIGN, value);
            default -> {
                Identifier id = OfacRemarks.identifier(t, value, null);
                if (id != null) {
                    b.identifier(id);
                } else if (value != null) {
                    b.remark(t + " " + value);
                }
            }
        }
    }

    private void document(ParseContext ctx, Node d, Entity.Builder b) {
        Node typeNode = d.child("type");
        String label = typeNode == null ? null : ref(typeNode);
        String number = d.childText("documentNumber");
        if (number == null) {
            return;
        }
        if (label == null) {
            throw ctx.error(d.where(), "type", "the identity document has no type");
        }
        Node countryNode = d.child("issuingCountry");
        String country = countryNode == null ? null : ref(countryNode);
        Identifier id = OfacRemarks.identifier(label, number, country);
        b.identifier(id != null ? id : new Identifier(IdType.OTHER, number, country, label));
    }

    /** A Birthdate feature: from {@code valueDate} when present, else from the printed value. */
    private static DateRange date(ParseContext ctx, Node f, String printed) {
        Node vd = f.child("valueDate");
        if (vd == null) {
            DateRange d = printed == null ? null : OfacRemarks.parseDate(printed);
            if (d == null) {
                throw ctx.error(f.where(), "value", "not a date: '" + printed + "'");
            }
            return d;
        }
        LocalDate fromBegin = dateChild(ctx, vd, "fromDateBegin");
        LocalDate fromEnd = dateChild(ctx, vd, "fromDateEnd");
        LocalDate toBegin = dateChild(ctx, vd, "toDateBegin");
        LocalDate toEnd = dateChild(ctx, vd, "toDateEnd");
        boolean circa = "true".equals(vd.childText("isApproximate"));
        boolean range = "true".equals(vd.childText("isDateRange"));
        try {
            if (range) {
                return new DateRange(span(fromBegin, fromEnd).from(), span(toBegin, toEnd).to(), circa);
            }
            DateRange d = span(fromBegin, toEnd);
            return new DateRange(d.from(), d.to(), circa);
        } catch (IllegalArgumentException e) {
            throw ctx.error(vd.where(), "valueDate", e.getMessage());
        }
    }

    /** The dates {@code a..b} as the coarsest partial date they cover exactly: 1962-01-01..1962-12-31 is 1962. */
    private static DateRange span(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return DateRange.of(PartialDate.of(a));
        }
        if (a.getYear() == b.getYear() && a.getDayOfYear() == 1 && b.getMonthValue() == 12 && b.getDayOfMonth() == 31) {
            return DateRange.of(PartialDate.ofYear(a.getYear()));
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == 1
                && b.getDayOfMonth() == b.lengthOfMonth()) {
            return DateRange.of(new PartialDate(a.getYear(), a.getMonthValue(), 0));
        }
        return DateRange.between(PartialDate.of(a), PartialDate.of(b));
    }

    private static LocalDate dateChild(ParseContext ctx, Node parent, String field) {
        Node c = parent.child(field);
        return isoDate(ctx, c == null ? parent : c, field, c == null ? null : c.text());
    }

    private static LocalDate isoDate(ParseContext ctx, Node at, String field, String text) {
        if (text == null) {
            throw ctx.error(at.where(), field, "the date is missing");
        }
        String t = text.strip();
        String day = t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ctx.error(at.where(), field, "not a date: '" + t + "' (expected YYYY-MM-DD)");
        }
    }

    /** An element's text, or the referenceValues entry its {@code refId} names when the text is empty. */
    private String ref(Node n) {
        String t = n.text();
        if (t != null) {
            return t;
        }
        String id = n.attrs.get("refId");
        return id == null ? null : refValues.get(id);
    }
}

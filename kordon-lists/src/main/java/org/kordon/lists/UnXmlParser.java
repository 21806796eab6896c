package org.kordon.lists;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

/**
 * Reads the UN Security Council Consolidated List XML ({@code consolidated.xml}, schema
 * {@code sc-sanctions.xsd}).
 *
 * <p>Layout: root {@code <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">} holding
 * {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY} records, all fields as child elements:
 * <pre>{@code
 * <INDIVIDUAL>
 *   <FIRST_NAME>MOHAMMED</FIRST_NAME><SECOND_NAME>SALAHALDIN</SECOND_NAME>
 *   <THIRD_NAME>ABD EL HALIM</THIRD_NAME><FOURTH_NAME>ZIDANE</FOURTH_NAME>
 *   <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>
 *   <LISTED_ON>2001-01-25</LISTED_ON>
 *   <NAME_ORIGINAL_SCRIPT>محمد صلاح الدين عبدالحليم زيدان</NAME_ORIGINAL_SCRIPT>
 *   <NATIONALITY><VALUE>Egypt</VALUE></NATIONALITY>
 *   <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Seif al Adel</ALIAS_NAME></INDIVIDUAL_ALIAS>
 *   <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1963-04-11</DATE></INDIVIDUAL_DATE_OF_BIRTH>
 * </INDIVIDUAL>
 * }</pre>
 * gives entity {@code un:QDi.001}, a {@code PERSON} named "MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE", with the
 * Arabic name as {@code ORIGINAL_SCRIPT}, weak alias "Seif al Adel", birth date {@code 1963-04-11},
 * nationality {@code eg} and sanction {@code UN / [Al-Qaida] / 2001-01-25}.
 *
 * <p>Mapping:
 * <ul>
 *   <li>id {@code un:<REFERENCE_NUMBER>}; {@code INDIVIDUAL} → PERSON, {@code ENTITY} → ORGANIZATION; the
 *       primary name is FIRST_NAME..FOURTH_NAME joined with spaces.</li>
 *   <li>alias QUALITY {@code Good} and {@code a.k.a.} (and empty) → ALIAS, {@code Low} → WEAK_ALIAS,
 *       {@code f.k.a.} → PREVIOUS; an alias NOTE goes to remarks; a date or place of birth printed on an
 *       alias is added to the entity's birth dates and places.</li>
 *   <li>INDIVIDUAL_DATE_OF_BIRTH: TYPE_OF_DATE {@code EXACT} with DATE or YEAR, {@code APPROXIMATELY} →
 *       circa, {@code BETWEEN} with FROM_YEAR/TO_YEAR → range. A NOTE-only date of birth ("Nov. 1973") is
 *       kept in remarks as {@code Date of birth: …}.</li>
 *   <li>place of birth → "CITY, STATE_PROVINCE, COUNTRY"; addresses from STREET, CITY, STATE_PROVINCE,
 *       ZIP_CODE, COUNTRY (NOTE appended in brackets); address countries also go to countries.</li>
 *   <li>documents: {@code Passport} (and the French and Spanish wordings) → PASSPORT,
 *       {@code National Identification…} → NATIONAL_ID, anything else → OTHER with the printed type as
 *       label; ISSUING_COUNTRY or COUNTRY_OF_ISSUE → issuing country; the same document printed again
 *       under another language's type is kept once; DATE_OF_ISSUE, CITY_OF_ISSUE and NOTE go to remarks as
 *       {@code Passport 381420754: issued 2011-12-07; Expires on 7 Dec. 2016}.</li>
 *   <li>DESIGNATION values → positions; TITLE values, COMMENTS1 → remarks; GENDER → gender (lower case);
 *       LISTED_ON (date, sometimes with a zone suffix like {@code 2015-04-07-04:00}) → listing date;
 *       UN_LIST_TYPE → programme. LIST_TYPE, LAST_DAY_UPDATED, DATAID, VERSIONNUM and SORT_KEY are
 *       not mapped.</li>
 *   <li>{@code SourceRef("un", dateGenerated)}.</li>
 * </ul>
 *
 * <p>Errors: a record without REFERENCE_NUMBER or a name, or whose DATE/YEAR/LISTED_ON is not a date, is
 * rejected with its element path and line, e.g.
 * {@code UN.xml /CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]/INDIVIDUAL_DATE_OF_BIRTH (line 812), field DATE: …}
 * (strict: the load fails; lenient: the record is skipped and reported). These fields are structured in
 * this format, so a bad value is a broken record, not free text. Malformed or hostile XML (DOCTYPE,
 * entities) fails the load in both modes. Not thread-safe; one instance per file.
 */
final class UnXmlParser implements ListParser {
    private static final String ROOT = "CONSOLIDATED_LIST";

    @Override
    public void parse(ParseContext ctx) throws IOException {
        XmlRecord.parseFile(ctx, this::read);
    }

    private void read(ParseContext ctx, XMLStreamReader r) throws XMLStreamException {
        XmlRecord.toRoot(ctx, r, ROOT);
        ctx.source(new SourceRef("un", r.getAttributeValue(null, "dateGenerated")));
        String section = null;
        int index = 0;
        String path = "/" + ROOT;
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (section == null) {
                        section = name;
                        index = 0;
                        path = "/" + ROOT + "/" + section;
                    } else {
                        index++;
                        String recordPath = "/" + ROOT + "/" + section + "/" + name + "[" + index + "]";
                        path = recordPath;
                        XmlRecord rec = XmlRecord.read(ctx, r, recordPath);
                        try {
                            ctx.emit(map(ctx, rec));
                        } catch (ListFormatException e) {
                            ctx.reject(e);
                        }
                        path = "/" + ROOT + "/" + section;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (section == null) {
                        return;
                    }
                    section = null;
                    path = "/" + ROOT;
                }
            }
        } catch (XMLStreamException e) {
            throw XmlRecord.fatal(ctx, e, path);
        }
        throw ctx.error(path, null, "file ends before </" + ROOT + ">");
    }

    private Entity map(ParseContext ctx, XmlRecord rec) {
        String ref = rec.childText("REFERENCE_NUMBER");
        if (ref == null) {
            throw ctx.error(rec.where(), "REFERENCE_NUMBER", "record has no reference number");
        }
        Schema schema = switch (rec.name()) {
            case "INDIVIDUAL" -> Schema.PERSON;
            case "ENTITY" -> Schema.ORGANIZATION;
            default -> throw ctx.error(rec.where(), null, "unexpected record element <" + rec.name() + ">");
        };
        Entity.Builder b = Entity.builder("un:" + ref, schema);
        StringBuilder primary = new StringBuilder();
        for (String part : new String[] {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
            String t = rec.childText(part);
            if (t != null) {
                primary.append(primary.isEmpty() ? "" : " ").append(t);
            }
        }
        if (primary.isEmpty()) {
            throw ctx.error(rec.where(), "FIRST_NAME", "record " + ref + " has no name");
        }
        b.name(primary.toString(), NameKind.PRIMARY);
        b.name(rec.childText("NAME_ORIGINAL_SCRIPT"), NameKind.ORIGINAL_SCRIPT);
        String gender = rec.childText("GENDER");
        b.gender(gender == null ? null : gender.toLowerCase(Locale.ROOT));
        b.remark(rec.childText("COMMENTS1"));
        for (String title : rec.values("TITLE")) {
            b.remark("Title: " + title);
        }
        rec.values("DESIGNATION").forEach(b::position);
        rec.values("NATIONALITY").forEach(b::nationality);
        Set<String> documents = new HashSet<>();
        for (XmlRecord alias : rec.children()) {
            if (alias.name().endsWith("_ALIAS")) {
                alias(ctx, b, alias);
            } else if (alias.name().endsWith("_ADDRESS")) {
                address(b, alias);
            } else if (alias.name().equals("INDIVIDUAL_DATE_OF_BIRTH")) {
                birthDate(ctx, b, alias);
            } else if (alias.name().equals("INDIVIDUAL_PLACE_OF_BIRTH")) {
                b.birthPlace(place(alias, "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE"));
            } else if (alias.name().equals("INDIVIDUAL_DOCUMENT")) {
                document(b, alias, documents);
            }
        }
        List<String> programs = new ArrayList<>();
        String list = rec.childText("UN_LIST_TYPE");
        if (list != null) {
            programs.add(list);
        }
        PartialDate listed = listedOn(ctx, rec);
        b.sanction(new Sanction("UN", programs, listed, null, null));
        b.source(ctx.source());
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw ctx.error(rec.where(), null, e.getMessage());
        }
    }

    private static PartialDate listedOn(ParseContext ctx, XmlRecord rec) {
        XmlRecord el = rec.child("LISTED_ON");
        String v = el == null ? null : el.text();
        if (v == null) {
            return null;
        }
        // xs:date may carry a zone: 2015-04-07-04:00; the calendar date is the first ten characters
        String day = v.length() > 10 && v.matches("\\d{4}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2})") ? v.substring(0, 10) : v;
        try {
            return PartialDate.parse(day);
        } catch (IllegalArgumentException e) {
            throw ctx.error(el.where(), "LISTED_ON", e.getMessage());
        }
    }

    private static void alias(ParseContext ctx, Entity.Builder b, XmlRecord el) {
        String name = el.childText("ALIAS_NAME");
        if (name == null) {
            return;
        }
        String quality = el.childText("QUALITY");
        NameKind kind = quality == null ? NameKind.ALIAS : switch (quality.toLowerCase(Locale.ROOT)) {
            case "low" -> NameKind.WEAK_ALIAS;
            case "f.k.a.", "fka" -> NameKind.PREVIOUS;
            default -> NameKind.ALIAS;
        };
        b.name(new Name(name, kind, null));
        String note = el.childText("NOTE");
        if (note != null) {
            b.remark("Alias " + name + ": " + note);
        }
        XmlRecord dob = el.child("DATE_OF_BIRTH");
        if (dob != null && dob.text() != null) {
            try {
                b.birthDate(DateRange.of(PartialDate.parse(dob.text())));
            } catch (IllegalArgumentException e) {
                throw ctx.error(dob.where(), "DATE_OF_BIRTH", e.getMessage());
            }
        }
        b.birthPlace(place(el, "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH"));
    }

    private static void address(Entity.Builder b, XmlRecord el) {
        String street = el.childText("STREET");
        String city = el.childText("CITY");
        String region = el.childText("STATE_PROVINCE");
        String zip = el.childText("ZIP_CODE");
        String country = el.childText("COUNTRY");
        String note = el.childText("NOTE");
        String parts = place(el, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY");
        if (parts == null && note == null) {
            return;
        }
        String full = parts == null ? note : note == null ? parts : parts + " (" + note + ")";
        b.address(new Address(full, street, city, zip, region, country));
        b.country(country);
    }

    private static String place(XmlRecord el, String... fields) {
        StringBuilder s = new StringBuilder();
        for (String f : fields) {
            String t = el.childText(f);
            if (t != null) {
                s.append(s.isEmpty() ? "" : ", ").append(t);
            }
        }
        return s.isEmpty() ? null : s.toString();
    }

    private static void birthDate(ParseContext ctx, Entity.Builder b, XmlRecord el) {
        String type = el.childText("TYPE_OF_DATE");
        String date = el.childText("DATE");
        String year = el.childText("YEAR");
        String from = el.childText("FROM_YEAR");
        String to = el.childText("TO_YEAR");
        String note = el.childText("NOTE");
        String field = "DATE";
        try {
            if (from != null || to != null) {
                field = from == null ? "FROM_YEAR" : "TO_YEAR";
                if (from == null || to == null) {
                    throw new IllegalArgumentException("a BETWEEN date needs both FROM_YEAR and TO_YEAR");
                }
                field = "FROM_YEAR";
                PartialDate f = PartialDate.parse(from);
                field = "TO_YEAR";
                PartialDate t = PartialDate.parse(to);
                b.birthDate(new DateRange(f, t, "APPROXIMATELY".equalsIgnoreCase(type)));
            } else if (date != null || year != null) {
                field = date != null ? "DATE" : "YEAR";
                PartialDate d = PartialDate.parse(date != null ? date : year);
                b.birthDate(new DateRange(d, d, "APPROXIMATELY".equalsIgnoreCase(type)));
            } else if (type != null && note == null) {
                throw new IllegalArgumentException("TYPE_OF_DATE " + type + " without DATE, YEAR or FROM_YEAR/TO_YEAR");
            }
        } catch (IllegalArgumentException e) {
            throw ctx.error(el.where(), field, e.getMessage());
        }
        if (note != null) {
            b.remark("Date of birth: " + note);
        }
    }

    /** The UN prints one passport up to three times (English, French, Spanish type): keep the first. */
    private static void document(Entity.Builder b, XmlRecord el, Set<String> seen) {
        String type = el.childText("TYPE_OF_DOCUMENT");
        String type2 = el.childText("TYPE_OF_DOCUMENT2");
        String number = el.childText("NUMBER");
        String country = el.childText("ISSUING_COUNTRY");
        if (country == null) {
            country = el.childText("COUNTRY_OF_ISSUE");
        }
        String label = type == null ? type2 : type2 == null ? type : type + " (" + type2 + ")";
        IdType idType = idType(type);
        if (number != null && seen.add(idType + " " + Identifier.normalize(idType, number) + " " + country)) {
            b.identifier(new Identifier(idType, number, country, label));
        }
        List<String> details = new ArrayList<>();
        String issued = el.childText("DATE_OF_ISSUE");
        String city = el.childText("CITY_OF_ISSUE");
        if (issued != null || city != null) {
            details.add("issued" + (issued == null ? "" : " " + issued) + (city == null ? "" : " in " + city));
        }
        String note = el.childText("NOTE");
        if (note != null) {
            details.add(note);
        }
        if (!details.isEmpty()) {
            String what = switch (idType) {
                case PASSPORT -> "Passport";
                case NATIONAL_ID -> "National identification number";
                default -> label == null ? "Document" : label;
            };
            b.remark(what + (number == null ? "" : " " + number) + ": " + String.join("; ", details));
        }
    }

    private static IdType idType(String type) {
        if (type == null) {
            return IdType.OTHER;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("passport") || t.contains("pasaporte") || t.contains("passeport")) {
            return IdType.PASSPORT;
        }
        if (t.startsWith("national identification")) {
            return IdType.NATIONAL_ID;
        }
        return IdType.OTHER;
    }
}

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
 * Reads the EU Financial Sanctions File XML ({@code xmlFullSanctionsList_1_1}), the consolidated list of
 * persons, groups and entities under EU financial sanctions.
 *
 * <p>Provenance: no real download of this file was available while this parser was written. The element
 * and attribute names, and the test fixture, follow the published format as shown by public parsers and
 * excerpts of real files (e.g. the OpenSanctions {@code zavod.shed.fsf} crawler and its lookups); check the
 * first real file against the tests.
 *
 * <p>Layout: everything is in attributes, under the namespace {@code http://eu.europa.ec/fpi/fsd/export}
 * (matched by local name):
 * <pre>{@code
 * <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2024-12-11T21:24:35.826+01:00" globalFileId="171703">
 *   <sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.27.28" logicalId="13">
 *     <remark>UNSC RESOLUTION 1483</remark>
 *     <regulation regulationType="regulation" publicationDate="2003-07-08" entryIntoForceDate="2003-07-07"
 *                 numberTitle="1210/2003 (OJ L169)" programme="IRQ" logicalId="348">…</regulation>
 *     <subjectType code="person" classificationCode="P"/>
 *     <nameAlias firstName="Saddam" lastName="Hussein Al-Tikriti" wholeName="Saddam Hussein Al-Tikriti"
 *                gender="M" strong="true" logicalId="17"/>
 *     <citizenship countryIso2Code="IQ" countryDescription="IRAQ"/>
 *     <birthdate circa="false" birthdate="1937-04-28" city="al-Awja, near Tikrit" countryIso2Code="IQ"/>
 *   </sanctionEntity>
 * </export>
 * }</pre>
 * gives {@code eu:13}, a PERSON named "Saddam Hussein Al-Tikriti", male, nationality {@code iq}, born
 * 1937-04-28 in "al-Awja, near Tikrit, IRAQ", sanction {@code EU / [IRQ] / 2003-07-08}.
 *
 * <p>Mapping:
 * <ul>
 *   <li>id {@code eu:<logicalId>} of the sanctionEntity; subjectType {@code person} → PERSON,
 *       {@code enterprise} → ORGANIZATION, anything else → LEGAL_ENTITY with a warning.</li>
 *   <li>nameAlias: wholeName (or first, middle and last name joined); the first strong name without a
 *       language (else the first strong one) is PRIMARY, other {@code strong="true"} names ALIAS,
 *       {@code strong="false"} WEAK_ALIAS; nameLanguage → the name's lang (lower case). {@code function} →
 *       positions for persons, remarks otherwise; {@code title} → remarks; gender M/F → male/female.</li>
 *   <li>citizenship → nationalities (countryIso2Code; {@code 00} means unknown, then countryDescription).</li>
 *   <li>birthdate: {@code birthdate} (YYYY-MM-DD) or year/monthOfYear/dayOfMonth; yearRangeFrom/To → range;
 *       {@code circa="true"} → approximate; city, zipCode, region, place and countryDescription → birth place.
 *       A birth date that is not a date rejects the record: the format's dates are structured.</li>
 *   <li>identification: {@code passport} → PASSPORT, {@code id}/{@code nationcert} → NATIONAL_ID,
 *       {@code fiscalcode} → TAX_ID, {@code regnumber} → REGISTRATION, {@code swiftbic} → BIC, {@code imo} →
 *       IMO, other codes → OTHER; label = identificationTypeDescription (with "diplomatic" when so marked);
 *       number, else latinNumber; issuing country as for citizenship; its remarks → remarks.</li>
 *   <li>address: street, poBox, city, zipCode, region, place, country → {@link Address}; contactInfo
 *       {@code PHONE}/{@code FAX}, {@code EMAIL}, {@code WEB} → PHONE, EMAIL, WEBSITE identifiers.</li>
 *   <li>one {@code Sanction("EU", [programme], date, "Asset freeze", designationDetails)} per regulation,
 *       the date being the entity's designationDate, else the regulation's publicationDate, else its
 *       entryIntoForceDate; the regulation's type and numberTitle go to remarks as the legal basis. The
 *       euReferenceNumber and unitedNationId go to remarks too.</li>
 *   <li>{@code SourceRef("eu-fsf", generationDate)}.</li>
 * </ul>
 *
 * <p>Errors name the element path and line, e.g.
 * {@code export.xml /export/sanctionEntity[2]/birthdate (line 14), field birthdate: bad date '1937-02-30'…}.
 * Per-record problems reject the record (strict fails, lenient skips and reports); malformed or hostile XML
 * (DOCTYPE, entities) fails the load in both modes. Not thread-safe; one instance per file.
 */
final class EuFsfXmlParser implements ListParser {
    private static final String ROOT = "export";

    @Override
    public void parse(ParseContext ctx) throws IOException {
        XmlRecord.parseFile(ctx, this::read);
    }

    private void read(ParseContext ctx, XMLStreamReader r) throws XMLStreamException {
        XmlRecord.toRoot(ctx, r, ROOT);
        ctx.source(new SourceRef("eu-fsf", r.getAttributeValue(null, "generationDate")));
        int index = 0;
        String path = "/" + ROOT;
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("sanctionEntity".equals(name)) {
                        index++;
                        path = "/" + ROOT + "/sanctionEntity[" + index + "]";
                        XmlRecord rec = XmlRecord.read(ctx, r, path);
                        try {
                            ctx.emit(map(ctx, rec));
                        } catch (ListFormatException e) {
                            ctx.reject(e);
                        }
                    } else {
                        // anything else at the top level carries no designation; read past it
                        XmlRecord.read(ctx, r, "/" + ROOT + "/" + name);
                    }
                    path = "/" + ROOT;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
            }
        } catch (XMLStreamException e) {
            throw XmlRecord.fatal(ctx, e, path);
        }
        throw ctx.error(path, null, "file ends before </" + ROOT + ">");
    }

    private Entity map(ParseContext ctx, XmlRecord rec) {
        String logicalId = rec.attr("logicalId");
        if (logicalId == null) {
            throw ctx.error(rec.where(), "logicalId", "sanctionEntity has no logicalId");
        }
        XmlRecord subject = rec.child("subjectType");
        String code = subject == null ? null : subject.attr("code");
        Schema schema;
        if ("person".equalsIgnoreCase(code)) {
            schema = Schema.PERSON;
        } else if ("enterprise".equalsIgnoreCase(code)) {
            schema = Schema.ORGANIZATION;
        } else {
            schema = Schema.LEGAL_ENTITY;
            ctx.warn(subject == null ? rec.where() : subject.where(), "subjectType",
                    "unknown subject type '" + code + "' for eu:" + logicalId + "; read as LegalEntity", false);
        }
        Entity.Builder b = Entity.builder("eu:" + logicalId, schema).source(ctx.source());
        names(b, rec, schema);
        String ref = rec.attr("euReferenceNumber");
        if (ref != null) {
            b.remark("EU reference number: " + ref);
        }
        String un = rec.attr("unitedNationId");
        if (un != null) {
            b.remark("UN reference: " + un);
        }
        for (XmlRecord c : rec.children()) {
            switch (c.name()) {
                case "remark" -> b.remark(c.text());
                case "citizenship" -> {
                    b.nationality(country(c));
                    c.children("remark").stream().map(XmlRecord::text).filter(t -> t != null)
                            .forEach(t -> b.remark("Citizenship: " + t));
                }
                case "birthdate" -> birth(ctx, b, c);
                case "identification" -> identification(b, c);
                case "address" -> address(b, c);
                default -> {
                    // regulation, subjectType and nameAlias are read below or above
                }
            }
        }
        sanctions(ctx, b, rec);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw ctx.error(rec.where(), "nameAlias", e.getMessage());
        }
    }

    private static void names(Entity.Builder b, XmlRecord rec, Schema schema) {
        List<XmlRecord> aliases = rec.children("nameAlias");
        XmlRecord primary = null;
        for (XmlRecord a : aliases) {
            boolean strong = !"false".equalsIgnoreCase(a.attr("strong"));
            if (strong && wholeName(a) != null && a.attr("nameLanguage") == null) {
                primary = a;
                break;
            }
        }
        for (XmlRecord a : aliases) {
            if (primary == null && !"false".equalsIgnoreCase(a.attr("strong")) && wholeName(a) != null) {
                primary = a;
            }
        }
        for (XmlRecord a : aliases) {
            String name = wholeName(a);
            if (name != null) {
                NameKind kind = a == primary ? NameKind.PRIMARY
                        : "false".equalsIgnoreCase(a.attr("strong")) ? NameKind.WEAK_ALIAS : NameKind.ALIAS;
                String lang = a.attr("nameLanguage");
                b.name(new Name(name, kind, lang == null ? null : lang.toLowerCase(Locale.ROOT)));
            }
            String function = a.attr("function");
            if (function != null) {
                if (schema == Schema.PERSON) {
                    b.position(function);
                } else {
                    b.remark(function);
                }
            }
            String title = a.attr("title");
            if (title != null) {
                b.remark("Title: " + title);
            }
            String gender = a.attr("gender");
            if (gender != null) {
                b.gender(switch (gender.toUpperCase(Locale.ROOT)) {
                    case "M" -> "male";
                    case "F" -> "female";
                    default -> gender.toLowerCase(Locale.ROOT);
                });
            }
        }
    }

    private static String wholeName(XmlRecord a) {
        String whole = a.attr("wholeName");
        if (whole != null) {
            return whole;
        }
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {a.attr("firstName"), a.attr("middleName"), a.attr("lastName")}) {
            if (part != null) {
                s.append(s.isEmpty() ? "" : " ").append(part);
            }
        }
        return s.isEmpty() ? null : s.toString();
    }

    /** The ISO code when given ({@code 00} is the file's "unknown"), else the country's description. */
    private static String country(XmlRecord el) {
        String iso = el.attr("countryIso2Code");
        if (iso != null && !iso.equals("00")) {
            return iso;
        }
        String description = el.attr("countryDescription");
        return description == null || description.equalsIgnoreCase("UNKNOWN") ? null : description;
    }

    private static void birth(ParseContext ctx, Entity.Builder b, XmlRecord el) {
        boolean circa = "true".equalsIgnoreCase(el.attr("circa"));
        String field = "birthdate";
        try {
            String full = el.attr("birthdate");
            String year = el.attr("year");
            String from = el.attr("yearRangeFrom");
            String to = el.attr("yearRangeTo");
            if (full != null) {
                PartialDate d = PartialDate.parse(full);
                b.birthDate(new DateRange(d, d, circa));
            } else if (year != null) {
                field = "year";
                int y = Integer.parseInt(year);
                String month = el.attr("monthOfYear");
                String day = el.attr("dayOfMonth");
                field = "monthOfYear";
                int m = month == null ? 0 : Integer.parseInt(month);
                field = "dayOfMonth";
                int dd = m == 0 || day == null ? 0 : Integer.parseInt(day);
                PartialDate d = new PartialDate(y, m, dd);
                b.birthDate(new DateRange(d, d, circa));
            } else if (from != null && to != null) {
                field = "yearRangeFrom";
                PartialDate f = PartialDate.ofYear(Integer.parseInt(from));
                field = "yearRangeTo";
                PartialDate t = PartialDate.ofYear(Integer.parseInt(to));
                b.birthDate(new DateRange(f, t, circa));
            }
        } catch (IllegalArgumentException e) {
            throw ctx.error(el.where(), field, e.getMessage());
        }
        StringBuilder place = new StringBuilder();
        String countryText = el.attr("countryDescription");
        for (String part : new String[] {el.attr("place"), el.attr("city"), el.attr("zipCode"), el.attr("region"),
                countryText == null || countryText.equalsIgnoreCase("UNKNOWN") ? null : countryText}) {
            if (part != null) {
                place.append(place.isEmpty() ? "" : ", ").append(part);
            }
        }
        if (!place.isEmpty()) {
            b.birthPlace(place.toString());
        }
        for (XmlRecord remark : el.children("remark")) {
            if (remark.text() != null) {
                b.remark("Birth: " + remark.text());
            }
        }
    }

    private static void identification(Entity.Builder b, XmlRecord el) {
        String number = el.attr("number") != null ? el.attr("number") : el.attr("latinNumber");
        String code = el.attr("identificationTypeCode");
        String description = el.attr("identificationTypeDescription");
        boolean diplomatic = "true".equalsIgnoreCase(el.attr("diplomatic"));
        String label = description != null ? description : code;
        if (diplomatic) {
            label = label == null ? "diplomatic" : label + " (diplomatic)";
        }
        if (number != null) {
            b.identifier(new Identifier(idType(code), number, country(el), label));
        }
        for (XmlRecord remark : el.children("remark")) {
            String t = remark.text();
            if (t != null) {
                b.remark((label == null ? "Identification" : label) + (number == null ? "" : " " + number) + ": " + t);
            }
        }
    }

    private static IdType idType(String code) {
        if (code == null) {
            return IdType.OTHER;
        }
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "passport" -> IdType.PASSPORT;
            case "id", "nationcert" -> IdType.NATIONAL_ID;
            case "fiscalcode" -> IdType.TAX_ID;
            case "regnumber" -> IdType.REGISTRATION;
            case "swiftbic" -> IdType.BIC;
            case "imo" -> IdType.IMO;
            default -> IdType.OTHER;
        };
    }

    private static void address(Entity.Builder b, XmlRecord el) {
        String street = el.attr("street");
        String poBox = el.attr("poBox");
        if (poBox != null) {
            street = street == null ? "PO Box " + poBox : street + ", PO Box " + poBox;
        }
        String region = el.attr("region");
        String place = el.attr("place");
        if (place != null) {
            region = region == null ? place : region + ", " + place;
        }
        String country = country(el);
        String countryText = el.attr("countryDescription");
        if (street != null || el.attr("city") != null || el.attr("zipCode") != null || region != null
                || country != null) {
            StringBuilder full = new StringBuilder();
            for (String part : new String[] {street, el.attr("city"), el.attr("zipCode"), region,
                    countryText == null || countryText.equalsIgnoreCase("UNKNOWN") ? country : countryText}) {
                if (part != null) {
                    full.append(full.isEmpty() ? "" : ", ").append(part);
                }
            }
            b.address(new Address(full.toString(), street, el.attr("city"), el.attr("zipCode"), region, country));
            b.country(country);
        }
        for (XmlRecord c : el.children()) {
            if (c.name().equals("contactInfo")) {
                String key = c.attr("key");
                String value = c.attr("value");
                IdType type = key == null ? null : switch (key.toUpperCase(Locale.ROOT)) {
                    case "PHONE", "FAX" -> IdType.PHONE;
                    case "EMAIL" -> IdType.EMAIL;
                    case "WEB" -> IdType.WEBSITE;
                    default -> null;
                };
                if (type != null && value != null) {
                    b.identifier(type, value);
                } else if (value != null) {
                    b.remark((key == null ? "Contact" : key) + ": " + value);
                }
            } else if (c.name().equals("remark")) {
                b.remark(c.text());
            }
        }
    }

    private static void sanctions(ParseContext ctx, Entity.Builder b, XmlRecord rec) {
        String designated = rec.attr("designationDate");
        String reason = rec.attr("designationDetails");
        List<XmlRecord> regulations = rec.children("regulation");
        Set<String> bases = new HashSet<>();
        if (regulations.isEmpty()) {
            b.sanction(new Sanction("EU", List.of(), date(ctx, rec, "designationDate", designated), "Asset freeze", reason));
            return;
        }
        for (XmlRecord reg : regulations) {
            String field = designated != null ? "designationDate"
                    : reg.attr("publicationDate") != null ? "publicationDate" : "entryIntoForceDate";
            XmlRecord at = designated != null ? rec : reg;
            String text = designated != null ? designated : reg.attr(field);
            PartialDate listed = date(ctx, at, field, text);
            List<String> programs = new ArrayList<>();
            if (reg.attr("programme") != null) {
                programs.add(reg.attr("programme"));
            }
            b.sanction(new Sanction("EU", programs, listed, "Asset freeze", reason));
            String number = reg.attr("numberTitle");
            if (number != null && bases.add(number)) {
                String type = reg.attr("regulationType");
                b.remark("Legal basis: " + (type == null ? "" : type + " ") + number);
            }
        }
    }

    private static PartialDate date(ParseContext ctx, XmlRecord el, String field, String text) {
        if (text == null) {
            return null;
        }
        // xs:date may carry a zone (2014-03-17+01:00): the calendar date is the first ten characters
        String day = text.length() > 10 && text.matches("\\d{4}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2})") ? text.substring(0, 10) : text;
        try {
            return PartialDate.parse(day);
        } catch (IllegalArgumentException e) {
            throw ctx.error(el.where(), field, e.getMessage());
        }
    }
}

package org.kordon.resolution;

import java.util.List;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

/** Small listings written as the parsers load them, for the resolver's specifications. */
final class Listings {
    private Listings() {
    }

    /** A listing of {@code list} ({@code "ofac-sdn"}, {@code "eu-32014R0269"}, {@code "uk-ofsi"}…) with one programme. */
    static Entity.Builder listing(String id, Schema schema, String list, String program, String name) {
        return Entity.builder(id, schema)
                .name(name, NameKind.PRIMARY)
                .source(new SourceRef(list, null))
                .sanction(new Sanction(list.substring(0, list.indexOf('-') < 0 ? list.length() : list.indexOf('-')),
                        List.of(program), null, null, null));
    }

    static Entity.Builder person(String id, String list, String program, String name, String born) {
        Entity.Builder b = listing(id, Schema.PERSON, list, program, name);
        if (born != null) {
            b.birthDate(DateRange.parse(born));
        }
        return b;
    }

    static Identifier id(IdType type, String value, String country) {
        return new Identifier(type, value, country, null);
    }

    static Identifier labelled(String label, String value) {
        return new Identifier(IdType.OTHER, value, null, label);
    }

    static ListSnapshot snapshot(Entity.Builder... listings) {
        return new ListSnapshot(List.of(), java.util.Arrays.stream(listings).map(Entity.Builder::build).toList());
    }

    /** Putin's four listings as the shared lists give them (names, birth date, references). */
    static List<Entity.Builder> putin() {
        return List.of(
                person("eu:32014R0269-I.PERSONS-669", "eu-32014R0269", "EU-UKR", "Vladimir Vladimirovich PUTIN", "1952-10-07"),
                person("ofac-sdn:35096", "ofac-sdn", "RUSSIA-EO14024", "PUTIN, Vladimir Vladimirovich", "1952-10-07")
                        .nationality("ru"),
                person("uk:14196", "uk-ofsi", "Russia", "Vladimir Vladimirovich PUTIN", "1952-10-07").nationality("ru")
                        .identifier(labelled("UK Sanctions List Ref", "RUS0251")),
                person("uk:RUS0251", "uk-sl", "Russia", "PUTIN Vladimir Vladimirovich", null)
                        .identifier(labelled("OFSI Group ID", "14196"))
                        .identifier(labelled("UK Sanctions List Ref", "RUS0251")));
    }
}

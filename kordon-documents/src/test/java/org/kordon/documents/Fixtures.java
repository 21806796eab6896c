package org.kordon.documents;

import java.util.List;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

/** A small snapshot of real listed entries (OFAC SDN and EU spellings), and one scanner over it for the unit tests. */
final class Fixtures {
    static final DocumentScanner SCANNER = DocumentScanner.build(snapshot());

    private Fixtures() {
    }

    static ListSnapshot snapshot() {
        SourceRef ofac = new SourceRef("ofac-sdn", "test");
        SourceRef eu = new SourceRef("eu", "test");
        Sanction rus = new Sanction("OFAC", List.of("RUSSIA-EO14024"), null, null, null);
        Sanction ukr = new Sanction("EU", List.of("EU-UKR"), null, null, null);
        List<Entity> entities = new java.util.ArrayList<>(List.of(
                person("ofac-sdn:35096", "PUTIN, Vladimir Vladimirovich", "1952-10-07", rus, ofac),
                person("eu:669", "Vladimir Vladimirovich PUTIN", "1952-10-07", ukr, eu),
                person("ofac-sdn:35233", "LAVROV, Sergei Viktorovich", "1950-03-21", rus, ofac),
                person("ofac-sdn:36404", "LAVROVA, Maria Aleksandrovna", "1950-04-04", rus, ofac),
                person("ofac-sdn:16669", "ROTENBERG, Arkady Romanovich", "1951-12-15", rus, ofac),
                person("ofac-sdn:16671", "ROTENBERG, Boris Romanovich", "1957-01-03", rus, ofac),
                person("ofac-sdn:21171", "PRIGOZHIN, Yevgeniy Viktorovich", "1961-06-01", rus, ofac),
                Entity.builder("eu:108", Schema.ORGANIZATION).name("Sberbank", NameKind.PRIMARY).sanction(ukr).source(eu).build(),
                Entity.builder("ofac-sdn:17143", Schema.COMPANY).name("PUBLIC JOINT STOCK COMPANY GAZPROM NEFT", NameKind.PRIMARY)
                        .name("GAZPROM NEFT", NameKind.ALIAS).sanction(rus).source(ofac).build(),
                Entity.builder("ofac-sdn:17017", Schema.COMPANY).name("BANK OF MOSCOW", NameKind.PRIMARY).sanction(rus).source(ofac).build(),
                Entity.builder("ofac-sdn:34941", Schema.VESSEL).name("LINDA", NameKind.PRIMARY).name("LADY D", NameKind.PREVIOUS)
                        .identifier(IdType.IMO, "9256858").sanction(rus).source(ofac).build(),
                Entity.builder("ofac-sdn:35301", Schema.VESSEL).name("DILBAR", NameKind.PRIMARY).sanction(rus).source(ofac).build(),
                Entity.builder("ofac-sdn:31926", Schema.ORGANIZATION).name("NORD STREAM 2 AG", NameKind.PRIMARY).sanction(rus).source(ofac).build(),
                Entity.builder("ofac-cons:20001", Schema.ORGANIZATION).name("UNITED COMPANY OJSC", NameKind.PRIMARY).sanction(rus).source(ofac).build(),
                Entity.builder("ofac-sdn:20129", Schema.ORGANIZATION).name("MINISTRY OF STATE SECURITY", NameKind.PRIMARY).sanction(rus).source(ofac).build(),
                person("eu:677", "Dmitry Sergeyevich PESKOV", "1967-10-17", new Sanction("EU", List.of("EU-UKR"), null, null,
                        "Dmitri Peskov is the press secretary of President Putin."), eu),
                person("uk:15805", "Dmitry PESKOV", "1980-01-01", new Sanction("UK", List.of("Russia"), null, null,
                        "Special representative for digital and technological development."), eu),
                Entity.builder("ofac-sdn:7280", Schema.ORGANIZATION).name("JEMAA ISLAMIYAH", NameKind.PRIMARY)
                        .name("JI", NameKind.WEAK_ALIAS).name("ZARATHUSTRA BROTHERS", NameKind.WEAK_ALIAS).sanction(rus).source(ofac).build(),
                person("uk:10975", "PIVI, Jean-Claude", "1960-01-01", rus, ofac),
                person("ofac-sdn:20562", "KALLAS, Muhammad Al-Mukhtar", "1965-01-01", rus, ofac),
                person("ofac-sdn:kaja", "KAJA, Ahmed", "1966-01-01", rus, ofac),
                Entity.builder("uk:12691", Schema.ORGANIZATION).name("MINISTRY OF DEFENCE", NameKind.PRIMARY).sanction(rus).source(ofac).build(),
                Entity.builder("eu:north-sky", Schema.VESSEL).name("NORTH SKY", NameKind.PRIMARY).sanction(ukr).source(eu).build(),
                Entity.builder("os:Q434706", Schema.PERSON).name("Elizabeth Warren", NameKind.PRIMARY).remark("topic: role.pep")
                        .source(new SourceRef("os-us_congress", "test")).build()));
        // the lists name Ivanovs of many given names: a common surname
        for (String given : List.of("Andrey Nikolayevich", "Sergei Borisovich", "Viktor Petrovich", "Timur Vadimovich",
                "Yevgeny Vasilyevich", "Mikhail Ivanovich", "Oleg Yuryevich", "Nikolai Pavlovich")) {
            entities.add(person("ofac-sdn:ivanov-" + given.substring(0, 3).toLowerCase(java.util.Locale.ROOT), "IVANOV, " + given,
                    "1970-01-01", given.startsWith("Andrey") ? new Sanction("OFAC", List.of("RUSSIA-EO14024"), null, null,
                            "Deputy Minister of Defence of the Russian Federation.") : rus, ofac));
        }
        return new ListSnapshot(List.of(ofac, eu), entities);
    }

    private static Entity person(String id, String name, String born, Sanction s, SourceRef src) {
        return Entity.builder(id, Schema.PERSON).name(name, NameKind.PRIMARY).birthDate(DateRange.of(PartialDate.parse(born)))
                .sanction(s).source(src).build();
    }
}

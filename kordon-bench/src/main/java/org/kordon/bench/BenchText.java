package org.kordon.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;

/**
 * News-like text for the document benchmarks, drawn with a fixed seed: sentences naming listed people (as the press
 * writes them: "Vladimir Putin" for "PUTIN, Vladimir Vladimirovich"), listed organisations and vessels, unlisted
 * people and firms, and sentences without names; one sentence in eight is Russian.
 */
final class BenchText {
    private static final String[] GIVEN = {"Anna", "John", "Maria", "Peter", "Olga", "James", "Laura", "Thomas", "Elena",
        "David", "Sofia", "Michael", "Claire", "Martin", "Helen", "Paul"};
    private static final String[] SURNAMES = {"Schmidt", "Miller", "Dupont", "Rossi", "Novak", "Jensen", "Walker", "Moreau",
        "Fischer", "Kowalski", "Larsen", "Brennan", "Hoffmann", "Carter", "Lindqvist", "Bauer"};
    private static final String[] FIRMS = {"Nordic Freight", "Alpine Textiles", "Harbour Logistics", "Blue River Foods",
        "Crescent Software", "Meridian Insurance", "Oakfield Metals", "Silverline Media"};
    private static final String[] FILLER = {
        "Markets were calm in early trading and the currency held steady against the euro.",
        "The report said exports of grain and fertiliser rose for the third month in a row.",
        "Officials declined to say when the next round of talks would take place.",
        "Shipping data showed several tankers waiting outside the port for a second week.",
        "Analysts expect the central bank to keep rates unchanged at its next meeting."};
    private static final String[] RUSSIAN = {
        "По словам Путина, переговоры продолжатся.", "Сбербанк и «Газпром нефть» отчитались о прибыли.",
        "Песков заявил, что Сергей Лавров поддержал решение.", "Танкер «Пегас» стоял в порту Приморска."};

    private BenchText() {
    }

    /** About {@code chars} characters of text from the snapshot's names, the same for the same seed. */
    static String generate(ListSnapshot s, int chars, long seed) {
        Random r = new Random(seed);
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<String> vessels = new ArrayList<>();
        for (Entity e : s.entities()) {
            String c = e.caption();
            if (e.schema() == Schema.PERSON && c.contains(",")) {
                String surname = title(c.substring(0, c.indexOf(',')).strip());
                String[] given = c.substring(c.indexOf(',') + 1).strip().split(" ");
                if (!given[0].isEmpty()) {
                    people.add(title(given[0]) + " " + surname);
                }
            } else if (e.schema() == Schema.VESSEL) {
                vessels.add(title(c));
            } else if (e.schema().isA(Schema.ORGANIZATION) && c.length() < 40) {
                orgs.add(title(c));
            }
        }
        StringBuilder b = new StringBuilder(chars + 200);
        while (b.length() < chars) {
            String unlisted = GIVEN[r.nextInt(GIVEN.length)] + " " + SURNAMES[r.nextInt(SURNAMES.length)];
            String person = people.get(r.nextInt(people.size()));
            String org = orgs.get(r.nextInt(orgs.size()));
            String sentence = switch (r.nextInt(8)) {
                case 0 -> person + " met executives of " + org + " in Geneva on Tuesday.";
                case 1 -> "According to " + unlisted + ", the tanker " + vessels.get(r.nextInt(vessels.size())) + " left port last week.";
                case 2 -> unlisted + " of " + FIRMS[r.nextInt(FIRMS.length)] + " said the contract with " + org + " was cancelled.";
                case 3 -> person.substring(person.lastIndexOf(' ') + 1) + "'s lawyers did not reply to " + unlisted + ".";
                case 4 -> RUSSIAN[r.nextInt(RUSSIAN.length)];
                default -> FILLER[r.nextInt(FILLER.length)];
            };
            b.append(sentence).append(r.nextInt(5) == 0 ? "\n\n" : " ");
        }
        return b.toString();
    }

    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString().toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT)) ? b.toString() : s;
    }
}

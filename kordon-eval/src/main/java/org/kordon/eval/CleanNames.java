package org.kordon.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.kordon.model.Entity;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * Clean names: people and companies that are on no sanctions list, screened to count the alerts an analyst pays for.
 *
 * <ul>
 *   <li>{@link #generated}: people and companies made with Datafaker in {@link #LOCALES} (many cultures and scripts,
 *       equal shares), each person with a random birth date between {@link #BORN_FROM} and {@link #BORN_TO}, each
 *       party with the locale's country. Categories {@code clean-person} and {@code clean-company}.</li>
 *   <li>{@link #congress}: the real members of the US Congress (names and birth dates as OpenSanctions publishes
 *       them, country {@code us}), category {@code clean-congress}; they must be screened against the sanctions
 *       lists only.</li>
 * </ul>
 * A generated name can collide with a listed person by chance; that is still an alert the analyst pays for, so it
 * counts. Datafaker's Russian tables mix genders (Александр Крылова) and its Chinese and Korean tables give a
 * surname and a given name that we write together as the culture does (谈子骞); neither matters for counting alerts.
 */
final class CleanNames {
    /** The list name Kordon gives the OpenSanctions {@code us_congress} export. */
    public static final String CONGRESS_LIST = "os-us_congress";
    static final int BORN_FROM = 1940;
    static final int BORN_TO = 2005;

    /** A Datafaker locale and the country its parties get. */
    record Culture(String languageTag, String country) {
    }

    /** Locales Datafaker 2.7 fills with its own names (Greek and Bulgarian fall back to English and are left out). */
    static final List<Culture> LOCALES = List.of(
            new Culture("en-US", "us"), new Culture("en-GB", "gb"), new Culture("en-IN", "in"), new Culture("en-NG", "ng"),
            new Culture("de", "de"), new Culture("fr", "fr"), new Culture("es", "es"), new Culture("pt-BR", "br"),
            new Culture("it", "it"), new Culture("pl", "pl"), new Culture("nl", "nl"), new Culture("tr", "tr"),
            new Culture("ru", "ru"), new Culture("uk", "ua"), new Culture("uz", "uz"), new Culture("ar", "sa"),
            new Culture("fa", "ir"), new Culture("he", "il"), new Culture("hy", "am"), new Culture("ka", "ge"),
            new Culture("zh-CN", "cn"), new Culture("ja", "jp"), new Culture("ko", "kr"), new Culture("vi", "vn"),
            new Culture("th", "th"), new Culture("id", "id"));

    private CleanNames() {
    }

    /** {@code persons} people and {@code companies} companies in equal shares over {@link #LOCALES}, from {@code seed}. */
    public static List<EvalCase> generated(int persons, int companies, long seed) {
        List<EvalCase> out = new ArrayList<>(persons + companies);
        Random dates = new Random(seed);
        for (int k = 0; k < LOCALES.size(); k++) {
            Culture c = LOCALES.get(k);
            Faker f = new Faker(Locale.forLanguageTag(c.languageTag()), new Random(seed + 1 + k));
            int np = share(persons, k);
            for (int i = 0; i < np; i++) {
                String first = f.name().firstName();
                String last = f.name().lastName();
                String name = switch (c.languageTag()) {
                    case "zh-CN", "ko" -> last + first;
                    case "ja", "hy" -> last + " " + first;
                    default -> first + " " + last;
                };
                PartialDate born = new PartialDate(BORN_FROM + dates.nextInt(BORN_TO - BORN_FROM + 1), 1 + dates.nextInt(12),
                        1 + dates.nextInt(28));
                out.add(new EvalCase("clean-person", name, Schema.PERSON, Set.of(), c.languageTag(), born, c.country(), List.of()));
            }
            int nc = share(companies, k);
            for (int i = 0; i < nc; i++) {
                out.add(new EvalCase("clean-company", f.company().name(), Schema.COMPANY, Set.of(), c.languageTag(), null,
                        c.country(), List.of()));
            }
        }
        return out;
    }

    /** The members of Congress among {@code entities} (list {@link #CONGRESS_LIST}) as clean queries. */
    public static List<EvalCase> congress(List<Entity> entities) {
        List<EvalCase> out = new ArrayList<>();
        for (Entity e : entities) {
            if (CONGRESS_LIST.equals(e.source().list()) && e.schema() == Schema.PERSON) {
                PartialDate born = e.birthDates().isEmpty() ? null : e.birthDates().get(0).from();
                out.add(new EvalCase("clean-congress", e.caption(), Schema.PERSON, Set.of(), e.id(), born, "us", List.of()));
            }
        }
        return out;
    }

    /** The k-th locale's share of n: n split as evenly as whole numbers allow. */
    private static int share(int n, int k) {
        int size = LOCALES.size();
        return n / size + (k < n % size ? 1 : 0);
    }
}

package org.kordon.matching;

import java.util.ArrayList;
import java.util.List;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

/**
 * The small hand-built list every matching test screens against: real listed names as the lists print
 * them (OFAC, EU, UK), in their scripts, with a few secondary data. Shared by all tests; built once.
 * Not listed, but here for the rules: Nazarbayev (Kazakh script), BELLETECH CORP (the issue's
 * example), TOO KAZ TECHNO TRADING (a made-up Kazakh company for the ТОО/LLP legal forms).
 */
final class Fixtures {
    static final SourceRef SOURCE = new SourceRef("test", "2026-11-24");
    static final ListSnapshot LIST = build();
    private static Screener kordon;

    private Fixtures() {
    }

    static synchronized Screener kordon() {
        if (kordon == null) {
            kordon = Screeners.build(LIST, Algorithm.KORDON);
        }
        return kordon;
    }

    static Entity.Builder person(String id, String primary) {
        return Entity.builder(id, Schema.PERSON).name(primary, NameKind.PRIMARY).source(SOURCE);
    }

    static Entity.Builder company(String id, String primary) {
        return Entity.builder(id, Schema.COMPANY).name(primary, NameKind.PRIMARY).source(SOURCE);
    }

    private static ListSnapshot build() {
        List<Entity> l = new ArrayList<>();
        l.add(person("putin", "PUTIN, Vladimir Vladimirovich").name("Путин Владимир Владимирович", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1952-10-07")).nationality("ru").build());
        l.add(person("abramovich", "ABRAMOVICH, Roman Arkadyevich").name("Абрамович Роман Аркадьевич", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1966-10-24")).nationality("ru").nationality("il").build());
        l.add(company("sberbank", "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA").name("SBERBANK", NameKind.ALIAS)
                .name("Sberbank of Russia PJSC", NameKind.ALIAS).name("ПАО Сбербанк", NameKind.ORIGINAL_SCRIPT)
                .country("ru").identifier(IdType.BIC, "SABRRUMM").identifier(IdType.TAX_ID, "7707083893").build());
        l.add(person("nazarbayev", "NAZARBAYEV, Nursultan Abishuly").name("Назарбаев Нұрсұлтан Әбішұлы", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1940-07-06")).nationality("kz").build());
        l.add(person("kovalchuk", "KOVALCHUK, Yury Valentinovich").name("Ковальчук Юрий Валентинович", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1951-07-25")).nationality("ru").build());
        l.add(person("khamis-qadhafi", "QADHAFI, Khamis").birthDate(DateRange.parse("1980")).build());
        l.add(person("khamis-imad", "KHAMIS, Imad Mohammad Deeb").birthDate(DateRange.parse("1961-08-01")).build());
        l.add(person("khamis-issawi", "AL-ISSAWI, Khamis Farhan Al-Khanjar").build());
        l.add(person("habbash", "HABBASH, George").birthDate(DateRange.parse("1926")).build());
        l.add(company("emma", "EMMA LLC").country("sy").build());
        l.add(company("11420", "11420 CORP.").country("ve").build());
        l.add(company("belletech", "BELLETECH CORP").build()); // as the issue names it; not in the shared lists
        l.add(Entity.builder("ns-champion", Schema.VESSEL).name("NS CHAMPION", NameKind.PRIMARY).source(SOURCE)
                .identifier(IdType.IMO, "IMO 9299719").identifier(IdType.MMSI, "636012384").country("lr").build());
        l.add(person("baghdadi", "AL-BAGHDADI, Abu Bakr").name("ABU DUA", NameKind.WEAK_ALIAS)
                .name("AL-BADRI, Ibrahim Awwad Ibrahim Ali", NameKind.ALIAS).birthDate(DateRange.parse("1971")).build());
        l.add(person("li-fangwei", "LI, Fangwei").name("LEE, Karl", NameKind.ALIAS).name("李方伟", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1972-12-01")).nationality("cn").build());
        l.add(person("jawlani", "AL-JAWLANI, Abu Muhammad").name("AL-JULANI, Abu Mohammed", NameKind.ALIAS)
                .name("أبو محمد الجولاني", NameKind.ORIGINAL_SCRIPT).build());
        l.add(person("lukashenka", "LUKASHENKA, Aliaksandr Ryhoravich").name("LUKASHENKO, Alexander Grigoryevich", NameKind.ALIAS)
                .name("Лукашэнка Аляксандр Рыгоравіч", NameKind.ORIGINAL_SCRIPT).birthDate(DateRange.parse("1954-08-30")).nationality("by").build());
        l.add(person("yanukovych", "YANUKOVYCH, Viktor Fedorovych").name("Янукович Віктор Федорович", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1950-07-09")).nationality("ua").build());
        l.add(company("kalashnikov", "JOINT STOCK COMPANY CONCERN KALASHNIKOV").name("АО Концерн Калашников", NameKind.ORIGINAL_SCRIPT)
                .name("KALASHNIKOV CONCERN JSC", NameKind.ALIAS).country("ru").build());
        l.add(company("bank-melli", "BANK MELLI IRAN").country("ir").build());
        l.add(company("bank-sepah", "BANK SEPAH").country("ir").build());
        l.add(company("bank-saderat", "BANK SADERAT IRAN").country("ir").build());
        l.add(company("bank-rossiya", "BANK ROSSIYA").name("АБ Россия", NameKind.ORIGINAL_SCRIPT).country("ru").build());
        l.add(company("rosneft", "ROSNEFT OIL COMPANY").name("ПАО НК Роснефть", NameKind.ORIGINAL_SCRIPT).country("ru").build());
        l.add(company("volga-group", "VOLGA GROUP").country("lu").build());
        l.add(company("ooo-sovfracht", "OOO SOVFRAKHT").name("Общество с ограниченной ответственностью Совфрахт", NameKind.ORIGINAL_SCRIPT)
                .country("ru").build());
        l.add(person("sechin", "SECHIN, Igor Ivanovich").birthDate(DateRange.parse("1960-09-07")).nationality("ru").build());
        l.add(person("timchenko", "TIMCHENKO, Gennady Nikolayevich").name("TIMCHENKO, Gennadiy", NameKind.ALIAS)
                .birthDate(DateRange.parse("1952-11-09")).nationality("fi").build());
        l.add(person("rotenberg", "ROTENBERG, Arkady Romanovich").name("ROTENBERG, Arkadiy", NameKind.ALIAS)
                .birthDate(DateRange.parse("1951-12-15")).build());
        l.add(person("deripaska", "DERIPASKA, Oleg Vladimirovich").birthDate(DateRange.parse("1968-01-02")).nationality("ru").build());
        l.add(person("usmanov", "USMANOV, Alisher Burhanovich").name("Усманов Алишер Бурханович", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1953-09-09")).nationality("ru").build());
        l.add(person("prigozhin", "PRIGOZHIN, Yevgeniy Viktorovich").name("Пригожин Евгений Викторович", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1961-06-01")).nationality("ru").build());
        l.add(person("kadyrov", "KADYROV, Ramzan Akhmatovich").name("Кадыров Рамзан Ахматович", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1976-10-05")).nationality("ru").build());
        l.add(person("shoigu", "SHOIGU, Sergei Kuzhugetovich").name("Шойгу Сергей Кужугетович", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1955-05-21")).nationality("ru").build());
        l.add(person("kim-jong-un", "KIM, Jong Un").name("김정은", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1984-01-08")).nationality("kp").build());
        l.add(person("khamenei", "KHAMENEI, Ali").name("علی خامنه‌ای", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1939-04-19")).nationality("ir").build());
        l.add(person("shchegolev", "SHCHEGOLEV, Igor Olegovich").name("Щёголев Игорь Олегович", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1965-11-10")).nationality("ru").build());
        l.add(person("khudainatov", "KHUDAINATOV, Eduard Yurievich").name("Худайнатов Эдуард Юрьевич", NameKind.ORIGINAL_SCRIPT)
                .birthDate(DateRange.parse("1960-12-13")).nationality("ru").build());
        l.add(company("too-kazakh", "TOO KAZ TECHNO TRADING").name("ТОО Каз Техно Трейдинг", NameKind.ORIGINAL_SCRIPT).country("kz").build());
        l.add(person("zhukov", "ZHUKOV, Aleksandr Dmitrievich").birthDate(DateRange.parse("1956-06-01")).nationality("ru").build());
        return new ListSnapshot(List.of(SOURCE), l);
    }
}

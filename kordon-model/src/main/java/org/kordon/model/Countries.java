package org.kordon.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Country names and codes to ISO 3166-1 alpha-2 (lower case), as the lists write them.
 *
 * <p>{@code Countries.toCode("Russian Federation")} is {@code "ru"}; {@code Countries.toCode("RU")} is {@code "ru"};
 * an unknown name gives null. Thread-safe.
 */
public final class Countries {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = new ConcurrentHashMap<>();

    static {
        for (String code : ISO) {
            Locale l = Locale.of("", code);
            BY_NAME.put(key(l.getDisplayCountry(Locale.ENGLISH)), code.toLowerCase(Locale.ROOT));
        }
        String[][] extra = {
            {"russia", "ru"}, {"russian federation", "ru"}, {"belarus", "by"}, {"republic of belarus", "by"},
            {"iran", "ir"}, {"iran (islamic republic of)", "ir"}, {"islamic republic of iran", "ir"},
            {"syria", "sy"}, {"syrian arab republic", "sy"}, {"north korea", "kp"},
            {"democratic people's republic of korea", "kp"}, {"korea, north", "kp"}, {"dprk", "kp"},
            {"south korea", "kr"}, {"korea, south", "kr"}, {"republic of korea", "kr"},
            {"united kingdom", "gb"}, {"uk", "gb"}, {"great britain", "gb"},
            {"united kingdom of great britain and northern ireland", "gb"},
            {"united states", "us"}, {"united states of america", "us"}, {"usa", "us"},
            {"venezuela", "ve"}, {"venezuela (bolivarian republic of)", "ve"}, {"bolivia", "bo"},
            {"moldova", "md"}, {"republic of moldova", "md"}, {"tanzania", "tz"}, {"united republic of tanzania", "tz"},
            {"vietnam", "vn"}, {"viet nam", "vn"}, {"laos", "la"}, {"lao people's democratic republic", "la"},
            {"czech republic", "cz"}, {"czechia", "cz"}, {"turkey", "tr"}, {"türkiye", "tr"}, {"turkiye", "tr"},
            {"burma", "mm"}, {"myanmar", "mm"}, {"congo, democratic republic of the", "cd"},
            {"democratic republic of the congo", "cd"}, {"congo", "cg"}, {"republic of the congo", "cg"},
            {"ivory coast", "ci"}, {"cote d'ivoire", "ci"}, {"côte d'ivoire", "ci"},
            {"palestinian", "ps"}, {"palestine", "ps"}, {"west bank", "ps"}, {"gaza", "ps"},
            {"kosovo", "xk"}, {"hong kong", "hk"}, {"macau", "mo"}, {"macao", "mo"}, {"taiwan", "tw"},
            {"crimea", "ua"}, {"region: crimea", "ua"}, {"uae", "ae"}, {"united arab emirates", "ae"},
            {"kyrgyz republic", "kg"}, {"kyrgyzstan", "kg"}, {"the gambia", "gm"}, {"gambia", "gm"},
            {"the bahamas", "bs"}, {"bahamas", "bs"}, {"brunei", "bn"}, {"cabo verde", "cv"}, {"cape verde", "cv"},
            {"eswatini", "sz"}, {"swaziland", "sz"}, {"micronesia", "fm"}, {"st. kitts and nevis", "kn"},
            {"saint kitts and nevis", "kn"}, {"saint vincent and the grenadines", "vc"},
            {"st. vincent and the grenadines", "vc"}, {"north macedonia", "mk"}, {"macedonia", "mk"},
            {"the netherlands", "nl"}, {"netherlands", "nl"}, {"holy see", "va"}, {"vatican", "va"},
            {"sudan", "sd"}, {"south sudan", "ss"}, {"timor-leste", "tl"}, {"east timor", "tl"},
            {"soviet union", "suhh"}, {"ussr", "suhh"}, {"yugoslavia", "yucs"}
        };
        for (String[] e : extra) {
            BY_NAME.put(key(e[0]), e[1]);
        }
    }

    private Countries() {
    }

    /** The lookup key of a name: cleaned and lower-cased; blank gives "", which no name has. */
    private static String key(String s) {
        String clean = Text.clean(s);
        return clean == null ? "" : clean.toLowerCase(Locale.ROOT);
    }

    /** The lower-case alpha-2 code for a code or a name, or null when not recognised. */
    public static @Nullable String toCode(@Nullable String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        String v = nameOrCode.strip();
        if (v.length() == 2 && ISO.contains(v.toUpperCase(Locale.ROOT))) {
            return v.toLowerCase(Locale.ROOT);
        }
        if (v.equalsIgnoreCase("xk")) {
            return "xk";
        }
        return BY_NAME.get(key(v));
    }

    /** True for a known alpha-2 code in any case. */
    public static boolean isCode(@Nullable String code) {
        return code != null && code.length() == 2 && (ISO.contains(code.toUpperCase(Locale.ROOT)) || code.equalsIgnoreCase("xk"));
    }

    /** {@link #toCode} when recognised; otherwise the value as given, cleaned (so nothing the list says is lost). */
    static @Nullable String normalizeOrNull(@Nullable String nameOrCode) {
        String clean = Text.clean(nameOrCode);
        if (clean == null) {
            return null;
        }
        String code = toCode(clean);
        return code != null ? code : clean;
    }
}

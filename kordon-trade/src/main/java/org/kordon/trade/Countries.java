package org.kordon.trade;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ISO 3166-1 codes from the JDK: the alpha-2 set and the alpha-3 to alpha-2 map (Comtrade writes alpha-3). */
final class Countries {
    static final Set<String> ISO2;
    static final Map<String, String> ISO3_TO_ISO2;

    static {
        ISO2 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        Map<String, String> m = new HashMap<>();
        for (String a2 : ISO2) {
            m.put(Locale.of("", a2).getISO3Country().toUpperCase(Locale.ROOT), a2);
        }
        // Kosovo has no ISO code; Comtrade and Eurostat use XKX / XK.
        m.put("XKX", "XK");
        ISO3_TO_ISO2 = Map.copyOf(m);
    }

    private Countries() {
    }

    /** The alpha-2 code of an alpha-3 code, or null when unknown (Comtrade's area codes such as "_X", "W00"). */
    static String fromAlpha3(String a3) {
        return a3 == null ? null : ISO3_TO_ISO2.get(a3.strip().toUpperCase(Locale.ROOT));
    }
}

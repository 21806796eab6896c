package org.kordon.maritime;

import java.util.Locale;
import org.kordon.model.Countries;

/**
 * A vessel to screen: what a bank, insurer or port agent knows of it. At least one of IMO, name, MMSI or call sign.
 *
 * <p>{@code new VesselQuery("v1", ImoNumber.parse("IMO 9224283"), "KAPAL CANTIK", "ck", null, null)}.
 *
 * <p>Throws {@link IllegalArgumentException} naming the field when nothing identifies the vessel, the flag is no ISO
 *                                  alpha-2 code, or the MMSI is not nine digits
 *
 * @param id       the caller's reference, echoed in results; may be null
 * @param imo      the IMO number, or null
 * @param name     the name as given, or null
 * @param flag     the flag as ISO 3166-1 alpha-2 (any case; stored lower case), or null
 * @param mmsi     the MMSI (nine digits), or null
 * @param callSign the call sign, or null
 */
public record VesselQuery(String id, ImoNumber imo, String name, String flag, String mmsi, String callSign) {
    public VesselQuery {
        name = blankToNull(name);
        flag = blankToNull(flag);
        mmsi = blankToNull(mmsi);
        callSign = blankToNull(callSign);
        if (flag != null) {
            if (!Countries.isCode(flag)) {
                throw new IllegalArgumentException("field flag: must be an ISO 3166-1 alpha-2 code such as pa or ru, got "
                        + ImoDigits.quote(flag));
            }
            flag = flag.toLowerCase(Locale.ROOT);
        }
        if (mmsi != null && (mmsi.length() != 9 || !mmsi.chars().allMatch(c -> c >= '0' && c <= '9'))) {
            throw new IllegalArgumentException("field mmsi: must be 9 digits, got " + ImoDigits.quote(mmsi));
        }
        if (imo == null && name == null && mmsi == null && callSign == null) {
            throw new IllegalArgumentException("no imo, name, mmsi or call_sign: nothing to screen");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

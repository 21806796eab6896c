package org.kordon.trade;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The published red flags a shipment's own data can show, each a small rule returning its evidence or nothing.
 *
 * <p>How each is decided:
 * <ul>
 * <li><b>consignee unknown in the trade</b>: no consignee declared; a placeholder for one ("to order", "unknown",
 *     "n/a", "tba"…); or, when the caller gives the consignees known in its trade, one not among them (names
 *     compared after lower-casing and dropping punctuation).</li>
 * <li><b>freight forwarder or post box as final destination</b>: the end user, else the consignee, has a forwarder
 *     or post-box phrase of {@code red-flag-keywords.csv} as whole words in its name or address.</li>
 * <li><b>route that makes no commercial sense</b>: goods leaving and coming back to the exporter's country through
 *     other countries; a country twice on the route; an end user in another country than the destination.</li>
 * <li><b>description that does not fit the HS code</b>: none of the description's content words (3 letters or more,
 *     compared on their first 5 letters) appears in what the HS code is called (the subheading, heading and chapter
 *     of the nomenclature, the controlled lists' descriptions, {@code hs-keywords.csv}). Not judged when nothing is
 *     known of the code or the description has no content word.</li>
 * </ul>
 */
final class RedFlags {
    private static final Set<String> PLACEHOLDERS = Set.of("to order", "to the order", "order", "unknown", "n a", "n/a", "na", "none", "tba",
            "tbd", "to be advised", "to be announced", "consignee", "same as consignee", "any", "various", "xxx", "not known", "-");
    private static final Set<String> STOP = Set.of("with", "without", "other", "others", "parts", "part", "and", "for", "from", "used",
            "goods", "item", "items", "product", "products", "spare", "model", "type", "types", "sets", "units", "unit", "pieces",
            "piece", "assorted", "misc", "miscellaneous", "general", "cargo", "that", "this", "their", "new", "brand", "kind", "kinds",
            "accessories", "samples", "sample", "whether", "combined", "thereof", "nec", "n.e.c.", "heading", "than", "more", "less",
            "weighing", "consisting", "pcs", "qty", "kgs", "lot", "lots", "box", "boxes", "set", "the", "of", "per", "not", "all", "any", "nos", "least", "only", "such", "including", "incl", "excl");

    private final List<String[]> forwarderPhrases = new ArrayList<>();
    private final List<String[]> postBoxPhrases = new ArrayList<>();
    private final Map<String, String> keywords = new HashMap<>();

    RedFlags() {
        for (Csv.Row r : Csv.resource("red-flag-keywords.csv", List.of("kind", "phrase")).rows()) {
            String[] words = words(r.get("phrase")).toArray(String[]::new);
            ("post_box".equals(r.get("kind")) ? postBoxPhrases : forwarderPhrases).add(words);
        }
        for (Csv.Row r : Csv.resource("hs-keywords.csv", List.of("code", "words")).rows()) {
            keywords.merge(r.get("code"), r.get("words"), (a, b) -> a + " " + b);
        }
    }

    /** Why the consignee is unknown in the trade, or empty. */
    Optional<String> consigneeUnknown(Shipment s, Set<String> knownConsignees) {
        Optional<Party> c = s.party(Party.Role.CONSIGNEE);
        if (c.isEmpty()) {
            return Optional.of("consignee unknown: no consignee declared");
        }
        String key = key(c.get().name());
        if (PLACEHOLDERS.contains(key) || key.isEmpty()) {
            return Optional.of("consignee unknown: declared as '" + c.get().name() + "'");
        }
        if (knownConsignees != null && !knownConsignees.contains(key)) {
            return Optional.of("consignee unknown in the trade: '" + c.get().name() + "' is not among the " + knownConsignees.size()
                    + " known consignees");
        }
        return Optional.empty();
    }

    /** Why the final destination looks like a forwarder or post box, or empty. */
    Optional<String> forwarderOrPostBox(Shipment s) {
        Optional<Party> fin = s.party(Party.Role.END_USER).or(() -> s.party(Party.Role.CONSIGNEE));
        if (fin.isEmpty()) {
            return Optional.empty();
        }
        Party p = fin.get();
        String text = p.name() + (p.address() == null ? "" : " " + p.address());
        List<String> w = words(text);
        for (String[] phrase : postBoxPhrases) {
            if (containsPhrase(w, phrase)) {
                return Optional.of("post box as final destination: " + p.role().column() + " '" + text + "' has '" + String.join(" ", phrase) + "'");
            }
        }
        for (String[] phrase : forwarderPhrases) {
            if (containsPhrase(w, phrase)) {
                return Optional.of("freight forwarder as final destination: " + p.role().column() + " '" + text + "' has '"
                        + String.join(" ", phrase) + "'");
            }
        }
        return Optional.empty();
    }

    /** Why the route makes no commercial sense, or empty. */
    Optional<String> routeMakesNoSense(Shipment s) {
        String origin = s.party(Party.Role.EXPORTER).map(Party::country).orElse(null);
        String dest = s.destinationCountry();
        List<String> route = new ArrayList<>();
        if (origin != null) {
            route.add(origin);
        }
        route.addAll(s.transitCountries());
        if (dest != null) {
            route.add(dest);
        }
        if (origin != null && origin.equals(dest) && !s.transitCountries().isEmpty()
                && s.transitCountries().stream().anyMatch(t -> !t.equals(origin))) {
            return Optional.of("route leaves and returns to the exporter's country: " + String.join(" > ", route));
        }
        Set<String> seen = new HashSet<>();
        for (String c : route) {
            if (!seen.add(c) && !(c.equals(origin) && c.equals(dest) && s.transitCountries().isEmpty())) {
                return Optional.of("route passes " + c + " twice: " + String.join(" > ", route));
            }
        }
        String endUser = s.party(Party.Role.END_USER).map(Party::country).orElse(null);
        if (endUser != null && dest != null && !endUser.equals(dest)) {
            return Optional.of("end user in " + endUser + " but goods declared for " + dest + ": " + String.join(" > ", route));
        }
        return Optional.empty();
    }

    /** Why the description does not fit the code, or empty (also when it cannot be judged). */
    Optional<String> descriptionMismatch(Shipment s, Hs6 hs, HsNomenclature nomenclature, List<ControlledList> lists) {
        if (s.description() == null) {
            return Optional.empty();
        }
        List<String> declared = words(s.description()).stream().filter(w -> w.codePointCount(0, w.length()) >= 3 && !STOP.contains(w) && w.codePoints().anyMatch(Character::isLetter)).toList();
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder ref = new StringBuilder();
        nomenclature.description(hs.code()).ifPresent(d -> ref.append(d).append(' '));
        nomenclature.description(hs.heading()).ifPresent(d -> ref.append(d).append(' '));
        nomenclature.description(hs.chapter()).ifPresent(d -> ref.append(d).append(' '));
        for (ControlledList l : lists) {
            l.find(hs).ifPresent(e -> ref.append(e.description()).append(' '));
        }
        boolean known = !ref.toString().isBlank();
        for (String k : List.of(hs.code(), hs.heading(), hs.chapter())) {
            if (keywords.containsKey(k)) {
                ref.append(keywords.get(k)).append(' ');
            }
        }
        if (!known) {
            return Optional.empty(); // nothing official is known of the code: no judgement
        }
        Set<String> stems = new HashSet<>();
        for (String w : words(ref.toString())) {
            stems.add(stem(w));
        }
        for (String w : declared) {
            if (stems.contains(stem(w))) {
                return Optional.empty();
            }
        }
        String what = nomenclature.description(hs.code()).or(() -> lists.stream().flatMap(l -> l.find(hs).stream())
                .map(ControlledList.Entry::description).filter(d -> !d.isEmpty()).findFirst()).orElse("");
        return Optional.of("description '" + s.description() + "' does not fit HS " + hs.code()
                + (what.isEmpty() ? "" : " (" + abbreviate(what, 80) + ")"));
    }

    static String abbreviate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String stem(String w) {
        int n = w.codePointCount(0, w.length());
        return n <= 5 ? w : w.substring(0, w.offsetByCodePoints(0, 5));
    }

    private static boolean containsPhrase(List<String> words, String[] phrase) {
        outer:
        for (int i = 0; i + phrase.length <= words.size(); i++) {
            for (int j = 0; j < phrase.length; j++) {
                if (!words.get(i + j).equals(phrase[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A name as a comparison key: NFKC, lower case, words of letters and digits joined by one space. */
    static String key(String name) {
        // Initials written with dots or spaces ("s.a.r.l.", "s a r l") are joined into one word ("sarl").
        List<String> out = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String w : words(name)) {
            if (w.codePointCount(0, w.length()) == 1) {
                initials.append(w);
                continue;
            }
            if (!initials.isEmpty()) {
                out.add(initials.toString());
                initials.setLength(0);
            }
            out.add(w);
        }
        if (!initials.isEmpty()) {
            out.add(initials.toString());
        }
        return String.join(" ", out);
    }

    /** Lower-cased (Locale.ROOT) words of letters and digits, "/" kept inside a word (Russian "а/я"). */
    static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || (cp == '/' && !w.isEmpty() && i < t.length() && Character.isLetter(t.codePointAt(i)))) {
                w.appendCodePoint(cp);
            } else if (!w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (!w.isEmpty()) {
            out.add(w.toString());
        }
        return out;
    }
}

package org.kordon.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kordon.matching.Match;
import org.kordon.matching.NameTokens;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;

/**
 * Finds the people, organisations, vessels and IMO numbers a text names and says which of them are listed.
 *
 * <pre>{@code
 * DocumentScanner scanner = DocumentScanner.build(snapshot);      // builds the screener and the dictionary once
 * for (Mention m : scanner.scan("Sberbank's chief met Vladimir Putin. Putin thanked him.")) {
 *     System.out.println(m.start() + " " + m.text() + " " + m.status());
 * }
 * // 0 Sberbank's LISTED
 * // 21 Vladimir Putin LISTED
 * // 37 Putin LISTED          (note: short form of "Vladimir Putin" at 21)
 * }</pre>
 *
 * <p>Offsets are {@code char} indices into the text given (see {@link Mention}). A scanner is immutable and
 * thread-safe; {@link #scan} keeps no state between calls.
 */
public final class DocumentScanner {
    /*
     * How a text is read, in order:
     *  1. Words: the text is split into words with offsets (Words); possessive endings are set aside.
     *  2. Spans: a run of capitalised words with no punctuation between them (a connector such as "of" may stand
     *     inside: "Bank of Russia"; a lower-case word may continue the run where a listed name continues that way:
     *     "Газпром нефть") is one candidate; stopwords (function words, titles, months) split runs. A capitalised
     *     run within three words after a vessel cue ("tanker", "танкер") is a vessel candidate.
     *  3. Words are folded as the screener folds names (NameTokens); a Russian or Ukrainian word the lists do not
     *     hold is tried without its case ending (Inflection): Путина -> Путин.
     *  4. Evidence: a span of two or more words is screened when one of its words is a listed word, and is a
     *     NOT_LISTED mention otherwise; a single word must be a listed surname or organisation/vessel word of three
     *     letters or more, or repeat a word of an earlier mention (then it takes that mention's outcome: the short
     *     form "Putin" after "Vladimir Putin").
     *  5. Resolution: the screener's matches at the default threshold, grouped by the listed party (given a party
     *     of each listing, e.g. its resolved entity from kordon-resolution, by that; else by Parties' rules: the same
     *     caption on several lists is one party); one party in the lead by more than MARGIN -> LISTED, several -> AMBIGUOUS,
     *     none -> NOT_LISTED. A single word with more than MAX_SINGLE_WORD_PARTIES parties is too common to mean
     *     anything and is not reported. Vessels and aircraft count only next to a vessel cue.
     *  6. IMO numbers ("IMO 9256858", "IMO No. 9256858") with a valid check digit are looked up among the listed
     *     vessels' identifiers.
     *  7. Where capitals say nothing (Casing: a lower-case text, a line in capitals) a name starts at a listed word
     *     that is no ordinary English word (CommonWords) instead of at a capital. An ordinary word alone is never a
     *     listed name, and a run of ordinary words only is one only when a party has exactly that name.
     *  8. Status: an unsanctioned politically exposed person is PEP; a given name and a common surname alone
     *     (COMMON_SURNAME_GIVEN_NAMES) is POSSIBLE.
     */
    /** Scores within this distance of the best are a tie between parties. */
    static final double MARGIN = 0.02;
    /**
     * A single word is screened down to this score, keeping below the threshold only entities that have the very
     * word in a name: "Shoigu" alone names every listed Shoigu, and a long listed name scores a surname alone
     * lower than a short one does.
     */
    static final double SINGLE_WORD_FLOOR = 0.6;
    /** A party's listings scoring this much below its best are left out (a subsidiary sharing an identifier). */
    static final double MEMBER_MARGIN = 0.1;
    /** A single word with more candidate parties than this is not reported. */
    static final int MAX_SINGLE_WORD_PARTIES = 10;
    /**
     * A person named by given name and surname alone is only {@link Mention.Status#POSSIBLE} when the lists give
     * the surname to people of this many given names or more (a common surname: Ivanov, Kim), however well it scores.
     */
    static final int COMMON_SURNAME_GIVEN_NAMES = 8;
    /** How far back from an IMO number, over its sentence and the one before, the vessel's name is looked for (chars). */
    static final int IMO_WINDOW = 300;
    /** How far before and after a mention, within its sentence, a role is looked for (chars). */
    static final int ROLE_WINDOW = 80;
    /** The longest text {@link #scan} accepts, in chars (16 Mi). */
    public static final int MAX_TEXT_CHARS = 16 * 1024 * 1024;

    private static final int TOP = 25;
    /** Runs longer than this are not split into parts (headlines in capitals, lists of names). */
    private static final int MAX_RUN_WORDS = 6;
    private static final int SHOWN_CANDIDATES = 5;
    private static final Pattern IMO = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:IMO|ИМО)(?:\\s*(?:No\\.?|number|Nr\\.?|номер|№))?[\\s:#.-]{0,3}(\\d{7})(?!\\p{N})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> STOPWORDS = WordList.read("stopwords.txt");
    private static final Set<String> CONNECTORS = WordList.read("connectors.txt");
    private static final Set<String> VESSEL_CUES = WordList.read("vessel-cues.txt");
    /** Cues after which a list of vessels' names may follow ("the vessels A, B and C"). */
    private static final Set<String> PLURAL_VESSEL_CUES = Set.of("tankers", "vessels", "ships", "yachts", "танкеры", "танкеров",
            "яхты");
    private static final Set<String> LIST_AND = Set.of("and", "и", "және");
    /** The most names read off one list after a plural vessel cue. */
    private static final int MAX_VESSEL_LIST = 30;

    private final Screener screener;
    private final Vocabulary vocabulary;
    private final double threshold;
    /** The party of each listing id; null: grouped by {@link Parties}' rules. */
    private final Function<String, String> partyOf;
    /** Screening results by query and floor, shared by all scans: texts repeat the same names. */
    private final BoundedCache<String, List<Match>> screened = new BoundedCache<>(50_000);
    /** Words as the dictionary sees them, shared by all scans. */
    private final BoundedCache<String, Folded> foldedWords = new BoundedCache<>(200_000);

    private DocumentScanner(Screener screener, Vocabulary vocabulary, double threshold, Function<String, String> partyOf) {
        this.screener = screener;
        this.vocabulary = vocabulary;
        this.threshold = threshold;
        this.partyOf = partyOf;
    }

    /**
     * A scanner over {@code snapshot}, with the Kordon screener at {@link Screeners#DEFAULT_THRESHOLD}; the listings of
     * one party are told by {@link Parties}' rules (the same caption, a shared identifier…).
     */
    public static DocumentScanner build(ListSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return new DocumentScanner(Screeners.forSpans(snapshot), new Vocabulary(snapshot), Screeners.DEFAULT_THRESHOLD, null);
    }

    /**
     * A scanner over {@code snapshot} whose parties are given: {@code partyOf} maps a listing id to its party (the
     * resolved entity's id, from kordon-resolution), so that a mention whose candidates are one resolved entity's
     * listings is that party, and two listed people of one name whom the resolution keeps apart make it ambiguous.
     */
    public static DocumentScanner build(ListSnapshot snapshot, Function<String, String> partyOf) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(partyOf, "partyOf");
        return new DocumentScanner(Screeners.forSpans(snapshot), new Vocabulary(snapshot), Screeners.DEFAULT_THRESHOLD, partyOf);
    }

    /**
     * The mentions in {@code text}, in the order of their offsets.
     *
     * @throws IllegalArgumentException when the text is longer than {@link #MAX_TEXT_CHARS}
     */
    public List<Mention> scan(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("text is " + text.length() + " chars, over the limit of " + MAX_TEXT_CHARS
                    + ": split it");
        }
        return new Scan(text).run();
    }

    /** The state of one scan: the words, their folded forms and the mentions so far. */
    private final class Scan {
        private final String text;
        private final List<Word> words;
        private final List<Mention> mentions = new ArrayList<>();
        /** The folded words of each resolved name mention, for short forms that come later. */
        private final List<List<String>> mentionWords = new ArrayList<>();
        /** Earlier name mentions a later single word may stand for, by folded word (see {@link #add}). */
        private final Map<String, List<Integer>> byWord = new HashMap<>();

        /** Per word: whether it may start or continue a name by its own look (see {@link #nameLike}). */
        private final boolean[] nameLike;
        /** Per word: whether it stands in text written without capitals (see {@link Casing}). */
        private final boolean[] caseless;

        Scan(String text) {
            this.text = text;
            this.words = Words.split(text);
            this.caseless = Casing.caseless(text, words);
            this.nameLike = new boolean[words.size()];
            for (int k = 0; k < words.size(); k++) {
                nameLike[k] = nameLike(k);
            }
        }

        /**
         * Whether word {@code k} looks like part of a name: capitalised and no stopword where the text has capitals;
         * where it has none (a lower-case transcript, a line in capitals), a listed word that is neither a stopword
         * nor a common English word ("putin", "SOVCOMFLOT"; not "united", "back", "three").
         */
        private boolean nameLike(int k) {
            Word w = words.get(k);
            String lower = w.surface().toLowerCase(Locale.ROOT);
            if (STOPWORDS.contains(lower)) {
                return false;
            }
            if (!caseless[k]) {
                return w.capital();
            }
            Folded f = fold(w);
            return f.listed && !f.common && w.letters() >= 2;
        }

        /**
         * Whether a name starts at word {@code k}: a name-like word, or, in text without capitals, a listed common
         * word that a listed name continues with the next, name-like word ("mike johnson", "united shipbuilding").
         */
        private boolean startsName(int k) {
            if (nameLike[k]) {
                return true;
            }
            if (!caseless[k] || k + 1 >= words.size() || words.get(k + 1).breakBefore() || !nameLike[k + 1]) {
                return false;
            }
            Word w = words.get(k);
            return fold(w).listed && !STOPWORDS.contains(w.surface().toLowerCase(Locale.ROOT))
                    && continuesListedName(w, words.get(k + 1));
        }

        List<Mention> run() {
            int n = words.size();
            int i = 0;
            while (i < n) {
                Word w = words.get(i);
                String lower = w.surface().toLowerCase(Locale.ROOT);
                if (VESSEL_CUES.contains(lower)) {
                    int end = vesselSpan(i);
                    if (end >= 0) {
                        i = end + 1;
                        continue;
                    }
                }
                if (startsName(i)) {
                    int j = extend(i);
                    while (j > i && isJoiner(j)) {
                        j--; // "Gazprom Neft and Rosneft": a listed name may go on with "and", this one does not
                    }
                    resolveRun(i, j, false);
                    i = j + 1;
                } else {
                    i++;
                }
            }
            resolveForward();
            findImoNumbers();
            mentions.sort(Comparator.comparingInt(Mention::start));
            return List.copyOf(mentions);
        }

        /**
         * A surname alone that was ambiguous where it stood ("Putin" in a headline) is the person the text names in
         * full later ("Vladimir Putin" in the body), when exactly one later listed person has that word and is among
         * its candidates.
         */
        private void resolveForward() {
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.kind() != Mention.Kind.NAME || m.status() != Mention.Status.AMBIGUOUS || mentionWords.get(i).size() != 1) {
                    continue;
                }
                String word = mentionWords.get(i).get(0);
                Mention later = null;
                for (int k : byWord.getOrDefault(word, List.of())) {
                    Mention c = mentions.get(k);
                    if (c.start() <= m.start() || c.status() != Mention.Status.LISTED
                            || m.listings().stream().noneMatch(l -> l.entityId().equals(c.listings().get(0).entityId()))) {
                        continue;
                    }
                    if (later != null && !later.listings().get(0).entityId().equals(c.listings().get(0).entityId())) {
                        later = null; // two later people of that word: it stays ambiguous
                        break;
                    }
                    if (later == null) {
                        later = c;
                    }
                }
                if (later != null) {
                    mentions.set(i, new Mention(m.start(), m.end(), m.text(), m.kind(), Mention.Status.LISTED, later.listings(),
                            "short form of \"" + later.text() + "\" at " + later.start() + ", named in full later"));
                }
            }
        }

        /** The last word of the run of a name starting at {@code i}. */
        private int extend(int i) {
            int j = i;
            int n = words.size();
            while (j + 1 < n && !words.get(j).possessive()) {
                Word next = words.get(j + 1);
                if (next.breakBefore()) {
                    break;
                }
                String lower = next.surface().toLowerCase(Locale.ROOT);
                if (nameLike[j + 1]) {
                    j++;
                } else if ((!next.capital() || caseless[j + 1]) && CONNECTORS.contains(lower) && j + 2 < n && !words.get(j + 2).breakBefore()
                        && nameLike[j + 2]) {
                    j += 2;
                } else if (!nameLike[j + 1] && (!next.capital() || caseless[j + 1]) && continuesListedName(words.get(j), next)) {
                    j++;
                } else {
                    break;
                }
            }
            return j;
        }

        private boolean continuesListedName(Word a, Word b) {
            List<String> fa = fold(a).words;
            List<String> fb = fold(b).words;
            return !fa.isEmpty() && !fb.isEmpty() && vocabulary.follows(fa.get(fa.size() - 1), fb.get(0));
        }

        /** A vessel name within three words after the cue at {@code cue}; returns its last word, or -1. */
        private int vesselSpan(int cue) {
            int n = words.size();
            for (int k = cue + 1; k < n && k <= cue + 3; k++) {
                Word w = words.get(k);
                if (w.breakBefore() && !w.quoteBefore()) {
                    return -1;
                }
                if (vesselWord(k)) {
                    int j = vesselRunEnd(k);
                    if (onlyOtherListedWords(k, j)) {
                        return -1; // "tankers and ALROSA": a listed company, not a vessel's name
                    }
                    resolveRun(k, j, true);
                    // "the vessels ALLIANCE, CONSTELLATION and PHOENIX": a list of names after a plural cue
                    int listed = 1;
                    while (PLURAL_VESSEL_CUES.contains(words.get(cue).surface().toLowerCase(Locale.ROOT)) && listed < MAX_VESSEL_LIST) {
                        int next = nextInList(j);
                        if (next < 0 || !vesselWord(next)) {
                            break;
                        }
                        int e = vesselRunEnd(next);
                        resolveRun(next, e, true);
                        j = e;
                        listed++;
                    }
                    return j;
                }
            }
            return -1;
        }

        /** Whether word {@code k} may be (part of) a vessel's name: capitalised; where capitals say nothing, listed. */
        private boolean vesselWord(int k) {
            if (!caseless[k]) {
                return words.get(k).capital();
            }
            return fold(words.get(k)).listed && !STOPWORDS.contains(words.get(k).surface().toLowerCase(Locale.ROOT));
        }

        private int vesselRunEnd(int k) {
            int j = k;
            int n = words.size();
            while (j + 1 < n && !words.get(j).possessive() && !words.get(j + 1).breakBefore()
                    && (vesselWord(j + 1) || isDigits(words.get(j + 1).surface()))) {
                j++;
            }
            return j;
        }

        /** The first word of the next name of a list after word {@code j} (", X", " and X", ", and X", " и X"), or -1. */
        private int nextInList(int j) {
            int n = words.size();
            if (j + 1 >= n) {
                return -1;
            }
            String gap = text.substring(words.get(j).end(), words.get(j + 1).start()).strip();
            String next = words.get(j + 1).surface().toLowerCase(Locale.ROOT);
            if (gap.equals(",") && !LIST_AND.contains(next)) {
                return j + 1;
            }
            if ((gap.isEmpty() || gap.equals(",")) && LIST_AND.contains(next) && j + 2 < n
                    && text.substring(words.get(j + 1).end(), words.get(j + 2).start()).isBlank()) {
                return j + 2;
            }
            return -1;
        }

        /**
         * Several listed people fit the words: the one whose listing has a role the mention's sentence gives
         * ("Putin's spokesman Dmitry Peskov" and the Dmitry Peskov listed as press secretary), when exactly one
         * does. Adds the LISTED mention and returns true; false when the sentence names no role or it does not tell.
         */
        private boolean byRole(int start, int end, Mention.Kind kind, List<List<Listing>> parties, List<Folded> parts) {
            if (parties.stream().anyMatch(p -> !p.get(0).schema().equals(Schema.PERSON.ftmName()))) {
                return false;
            }
            List<Integer> roles = Roles.in(sentenceAround(start, end));
            if (roles.isEmpty()) {
                return false;
            }
            List<Listing> chosen = null;
            int role = -1;
            for (List<Listing> party : parties) {
                Set<Integer> listed = new HashSet<>(); // the party's roles, read once from its listings
                for (Listing l : party) {
                    listed.addAll(Roles.in(vocabulary.roleText(l.entityId())));
                }
                for (int r : roles) {
                    if (listed.contains(r)) {
                        if (chosen != null && chosen != party) {
                            return false; // two parties have the role: it does not tell
                        }
                        chosen = party;
                        role = r;
                    }
                }
            }
            if (chosen == null) {
                return false;
            }
            add(start, end, kind, Mention.Status.LISTED, chosen, "the text calls them " + Roles.name(role) + ", as the listing does; "
                    + (parties.size() - 1) + " other listed " + (parties.size() == 2 ? "person has" : "people have") + " these names", parts);
            return true;
        }

        /** The sentence around {@code start..end} without the mention, at most {@link #ROLE_WINDOW} chars each side. */
        private String sentenceAround(int start, int end) {
            int from = start;
            while (from > 0 && start - from < ROLE_WINDOW && ".!?".indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            int to = end;
            while (to < text.length() && to - end < ROLE_WINDOW && ".!?".indexOf(text.charAt(to)) < 0) {
                to++;
            }
            return text.substring(from, start) + " " + text.substring(end, to);
        }

        /** Whether every word of {@code from..to} is listed, and none in a vessel's name. */
        private boolean onlyOtherListedWords(int from, int to) {
            for (int k = from; k <= to; k++) {
                Folded f = fold(words.get(k));
                if (!f.listed || f.words.stream().anyMatch(x -> (vocabulary.flags(x) & Vocabulary.VESSEL) != 0)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Resolves the run {@code from..to}: as a whole when the lists know it, else as its longest listed parts from
         * the left ("Сбербанка Германом Грефом" is a bank and a person). Splitting stops at the first word that
         * starts no listed part: the words from there on are one NOT_LISTED name when two or more ("Raiffeisen Bank
         * International" stays whole, so "Bank International" is not looked up on its own).
         */
        private void resolveRun(int from, int to, boolean vessel) {
            if (resolveWhole(from, to, vessel, true)) {
                return;
            }
            if (to - from + 1 > MAX_RUN_WORDS) {
                notListed(from, to, vessel);
                return;
            }
            int p = from;
            while (p <= to) {
                int found = -1;
                while (p < to && isJoiner(p)) {
                    p++;
                }
                for (int q = to; q >= p; q--) {
                    if (!(p == from && q == to) && !isJoiner(q) && resolveWhole(p, q, vessel, false)) {
                        found = q;
                        break;
                    }
                }
                if (found < 0) {
                    break;
                }
                p = found + 1;
            }
            if (p <= to) {
                notListed(p, to, vessel);
            }
        }

        /** Whether word {@code k} joins names rather than names anything: a connector ("of") or a stopword ("and"). */
        private boolean isJoiner(int k) {
            String lower = words.get(k).surface().toLowerCase(Locale.ROOT);
            return CONNECTORS.contains(lower) || STOPWORDS.contains(lower);
        }

        /** Words {@code from..to} not part of a listed name: a NOT_LISTED mention when two or more real words. */
        private void notListed(int from, int to, boolean vessel) {
            List<Folded> parts = parts(from, to);
            if (meaningful(from, to) >= 2 || (vessel && meaningful(from, to) == 1)) {
                add(words.get(from).start(), words.get(to).end(), vessel ? Mention.Kind.VESSEL : Mention.Kind.NAME,
                        Mention.Status.NOT_LISTED, List.of(), "", parts);
            }
        }

        private int meaningful(int from, int to) {
            int m = 0;
            for (int k = from; k <= to; k++) {
                if (words.get(k).letters() >= 2) {
                    m++;
                }
            }
            return m;
        }

        private List<Folded> parts(int from, int to) {
            List<Folded> parts = new ArrayList<>(to - from + 1);
            for (int k = from; k <= to; k++) {
                parts.add(fold(words.get(k)));
            }
            return parts;
        }

        /**
         * Resolves {@code from..to} as one name when the lists know it (LISTED or AMBIGUOUS, or a short form of an
         * earlier mention) and adds the mention; returns false, adding nothing, otherwise. With {@code whole}, a
         * run of two or more words none of which is listed is added as NOT_LISTED at once (nothing to screen).
         */
        private boolean resolveWhole(int from, int to, boolean vessel, boolean whole) {
            List<Folded> parts = parts(from, to);
            int meaningful = meaningful(from, to);
            if (meaningful == 0) {
                return whole;
            }
            boolean listedWord = parts.stream().anyMatch(f -> f.listed);
            int start = words.get(from).start();
            int end = words.get(to).end();
            Mention.Kind kind = vessel ? Mention.Kind.VESSEL : Mention.Kind.NAME;
            List<String> queries = new ArrayList<>(2);
            if (meaningful == 1) {
                Folded single = null;
                for (int k = from; k <= to; k++) {
                    if (words.get(k).letters() >= 2) {
                        single = parts.get(k - from);
                    }
                }
                if (!vessel && shortForm(single, start, end, kind)) {
                    return true;
                }
                if (!vessel && (!single.listed || single.letters < 3 || !single.standsAlone || single.common)) {
                    return false; // a common word alone ("United", "Major", "Back") is no listed name
                }
                if (!vessel && single.words.stream().allMatch(NameTokens::isPlace)) {
                    return false; // "Kyrgyz", "UZBEK", "АҚШ": a place or its people alone is nobody listed
                }
                if (!vessel && !whole && single.words.stream().noneMatch(w -> (vocabulary.flags(w) & Vocabulary.ORGANISATION) != 0)) {
                    return false; // "Кая Каллас", "Mohammed bin Salman" unlisted: a part of their name is no listed person
                }
                queries.add(join(parts, false));
                if (single.stemListed && !single.form.equals(single.stem)) {
                    queries.add(join(parts, true));
                }
            } else {
                if (!listedWord && !vessel) {
                    if (whole) {
                        add(start, end, kind, Mention.Status.NOT_LISTED, List.of(), "", parts);
                    }
                    return whole;
                }
                if (!vessel && !whole && parts.stream().allMatch(f -> f.letters < 2 || f.words.stream().allMatch(vocabulary::isMostlyGivenName))) {
                    return false; // "Jean-Claude" of "Jean-Claude Juncker": given names alone are nobody
                }
                queries.add(join(parts, false));
            }
            // a run of common words only ("State Department", "National Security") is a listed name only when it is
            // one exactly, not because it shares generic words with one ("Ministry of State Security")
            // (after a vessel cue, one ordinary word names a vessel only exactly: "the vessel Sky" is not "North Sky")
            boolean exactOnly = meaningful >= (vessel ? 1 : 2) && parts.stream().allMatch(f -> f.letters < 2 || f.common);
            if (exactOnly && !whole && !vessel) {
                return false; // "Ministry of Defence" of "Ministry of Defence of Kazakhstan": generic words are not split off
            }
            Set<String> distinctive = new HashSet<>();
            Set<String> ordinary = new HashSet<>();
            Set<String> named = new HashSet<>(NameTokens.of(join(parts, false))); // legal forms ("DMCC", "FZC") left out
            for (Folded f : parts) {
                if (f.letters >= 2 && f.words.stream().anyMatch(named::contains)) {
                    (f.common ? ordinary : distinctive).addAll(f.alternatives);
                }
            }
            List<List<Listing>> parties = parties(queries, meaningful == 1 ? singleWord(from, to, parts) : null, vessel, exactOnly,
                    distinctive, ordinary);
            if (parties.isEmpty()) {
                return false;
            }
            if (parties.size() == 1) {
                List<Listing> party = parties.get(0);
                if (party.stream().allMatch(l -> vocabulary.isPepOnly(l.entityId()))) {
                    add(start, end, kind, Mention.Status.PEP, party, "", parts);
                    return true;
                }
                String common = meaningful == 2 && party.get(0).schema().equals(Schema.PERSON.ftmName()) ? commonSurname(parts) : null;
                if (common != null && byRole(start, end, kind, List.of(party), parts)) {
                    return true; // "deputy defence minister Timur Ivanov": the role the listing gives
                }
                if (common != null) {
                    add(start, end, kind, Mention.Status.POSSIBLE, party, "a common name: the lists hold people of "
                            + vocabulary.givenNamesWith(common) + " given names called " + common
                            + ", and the text gives nothing more (a patronymic, a birth date) to tie this one to them", parts);
                    return true;
                }
                add(start, end, kind, Mention.Status.LISTED, party, "", parts);
                return true;
            }
            if (meaningful == 1 && parties.size() > MAX_SINGLE_WORD_PARTIES) {
                return false;
            }
            if (!vessel && byRole(start, end, kind, parties, parts)) {
                return true;
            }
            List<Listing> candidates = new ArrayList<>();
            for (List<Listing> p : parties.subList(0, Math.min(SHOWN_CANDIDATES, parties.size()))) {
                candidates.add(p.get(0));
            }
            add(start, end, kind, Mention.Status.AMBIGUOUS, candidates,
                    parties.size() + " listed parties score alike", parts);
            return true;
        }

        /**
         * The surname among a two-word person name that the lists give to people of at least
         * {@link #COMMON_SURNAME_GIVEN_NAMES} given names ("ivanov" in "Andrei Ivanov"); null when none.
         */
        private String commonSurname(List<Folded> parts) {
            for (Folded p : parts) {
                for (String w : p.words) {
                    if ((vocabulary.flags(w) & Vocabulary.SURNAME) != 0 && vocabulary.givenNamesWith(w) >= COMMON_SURNAME_GIVEN_NAMES) {
                        return w;
                    }
                }
            }
            return null;
        }

        private Folded singleWord(int from, int to, List<Folded> parts) {
            for (int k = from; k <= to; k++) {
                if (words.get(k).letters() >= 2) {
                    return parts.get(k - from);
                }
            }
            return null;
        }

        private static String join(List<Folded> parts, boolean stems) {
            StringBuilder b = new StringBuilder();
            for (Folded p : parts) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(stems && p.stem != null ? p.stem : p.form);
            }
            return b.toString();
        }

        /**
         * A single word taking the outcome of an earlier name mention: any word of an earlier listed person
         * ("Putin", "Путина" after "Vladimir Putin"), or the last word of an earlier unlisted name ("Navalny" after
         * "Alexei Navalny"). Organisations are left to the lists: "Gazprom" after "Gazprom Neft" is another company.
         * Returns true when it added the mention.
         */
        private boolean shortForm(Folded w, int start, int end, Mention.Kind kind) {
            TreeSet<Integer> earlierOnes = new TreeSet<>(Comparator.reverseOrder());
            for (String a : w.alternatives) {
                List<Integer> at = byWord.get(a);
                if (at != null) {
                    earlierOnes.addAll(at);
                }
            }
            List<Mention> antecedents = new ArrayList<>(2);
            Set<String> partiesSeen = new java.util.HashSet<>();
            for (int m : earlierOnes) {
                Mention earlier = mentions.get(m);
                String party = earlier.listings().isEmpty() ? "unlisted:" + String.join(" ", mentionWords.get(m))
                        : earlier.listings().get(0).entityId();
                if (partiesSeen.add(party)) {
                    antecedents.add(earlier);
                }
            }
            if (antecedents.isEmpty()) {
                return false;
            }
            List<Folded> self = List.of(w);
            Mention first = antecedents.get(0);
            if (antecedents.size() == 1 && first.status() != Mention.Status.AMBIGUOUS) {
                String note = "short form of \"" + first.text() + "\" at " + first.start();
                mentions.add(new Mention(start, end, text.substring(start, end), kind, first.status(), first.listings(), note));
                mentionWords.add(List.copyOf(w.words));
                return true;
            }
            // the text named several people this word may stand for ("Arkady Rotenberg ... Boris Rotenberg ... Rotenberg")
            List<Listing> candidates = new ArrayList<>();
            StringBuilder note = new StringBuilder(antecedents.size() == 1 ? "short form of " : "may be the short form of ");
            for (Mention a : antecedents) {
                for (Listing l : a.status() == Mention.Status.AMBIGUOUS ? a.listings() : a.listings().subList(0, Math.min(1, a.listings().size()))) {
                    if (candidates.stream().noneMatch(c -> c.entityId().equals(l.entityId()))) {
                        candidates.add(l);
                    }
                }
                note.append(a == first ? "" : " or ").append('"').append(a.text()).append("\" at ").append(a.start());
            }
            if (candidates.isEmpty()) {
                add(start, end, kind, Mention.Status.NOT_LISTED, List.of(), note.toString(), self);
            } else {
                add(start, end, kind, Mention.Status.AMBIGUOUS, candidates, note.toString(), self);
            }
            return true;
        }

        private void add(int start, int end, Mention.Kind kind, Mention.Status status, List<Listing> listings, String note,
                         List<Folded> parts) {
            Mention mention = new Mention(start, end, text.substring(start, end), kind, status, listings, note);
            mentions.add(mention);
            List<String> ws = new ArrayList<>();
            for (Folded p : parts) {
                if (p.letters >= 2) {
                    ws.addAll(p.words);
                }
            }
            mentionWords.add(ws);
            if (kind != Mention.Kind.NAME || ws.size() < 2) {
                return;
            }
            // what a later single word may be the short form of: any word of a listed (or ambiguous) person, the
            // last word of an unlisted name
            int index = mentions.size() - 1;
            if (status == Mention.Status.NOT_LISTED) {
                byWord.computeIfAbsent(ws.get(ws.size() - 1), k -> new ArrayList<>()).add(index);
            } else if (listings.get(0).schema().equals(Schema.PERSON.ftmName())) {
                for (String x : new java.util.HashSet<>(ws)) {
                    byWord.computeIfAbsent(x, k -> new ArrayList<>()).add(index);
                }
            }
        }

        /**
         * The listed parties the name may be, best first; each party's listings best first. Among the parties the
         * screener finds: those with a name of exactly the mention's words, when there are any; else, for a single
         * word, those with that word in a name (every listed Shoigu for "Shoigu", not only the best scored); else
         * those within {@link #MARGIN} of the best. With {@code exactOnly}, only the first kind.
         */
        private List<List<Listing>> parties(List<String> queries, Folded single, boolean vessel, boolean exactOnly,
                                            Set<String> distinctive, Set<String> ordinary) {
            Map<String, Match> best = new LinkedHashMap<>();
            double floor = single != null ? Math.min(threshold, SINGLE_WORD_FLOOR) : threshold;
            for (String query : queries) {
                for (Match m : screened.get(floor + "|" + query, k -> screener.screen(Query.of(query), floor, TOP))) {
                    Schema s = m.entity().schema();
                    if (vessel != (s == Schema.VESSEL) || (!vessel && s == Schema.AIRCRAFT)) {
                        continue;
                    }
                    if (m.score() < threshold && single.alternatives.stream().noneMatch(w -> vocabulary.hasWord(m.entity().id(), w))) {
                        continue; // below the threshold only a listed name with the very word counts
                    }
                    if (onOrdinaryWordsOnly(m, distinctive, ordinary)) {
                        continue;
                    }
                    if (m.explanation().matchedKind() == NameKind.WEAK_ALIAS
                            && !vocabulary.hasName(m.entity().id(), Vocabulary.sortedKey(NameTokens.of(query)))) {
                        continue; // a weak alias counts in free text only when the text has it in full
                    }
                    best.merge(m.entity().id(), m, (x, y) -> x.score() >= y.score() ? x : y);
                }
            }
            List<Match> matches = new ArrayList<>(best.values());
            if (matches.isEmpty()) {
                return List.of();
            }
            matches.sort(Comparator.comparingDouble((Match m) -> -m.score()).thenComparing(m -> m.entity().id()));
            List<List<Match>> groups = partyOf == null ? Parties.group(matches, vocabulary) : Parties.byParty(matches, partyOf);
            List<String> keys = queries.stream().map(q -> Vocabulary.sortedKey(NameTokens.of(q))).toList();
            List<Set<String>> words = queries.stream().map(q -> (Set<String>) new HashSet<>(NameTokens.of(q))).toList();
            List<List<Match>> chosen = groups.stream()
                    .filter(g -> g.stream().anyMatch(m -> keys.stream().anyMatch(k -> vocabulary.hasName(m.entity().id(), k))
                            || words.stream().anyMatch(w -> withOneMoreName(m, w))))
                    .toList();
            if (chosen.isEmpty() && exactOnly) {
                return List.of();
            }
            if (chosen.isEmpty() && single != null) {
                chosen = groups.stream()
                        .filter(g -> g.stream().anyMatch(m -> single.alternatives.stream().anyMatch(w -> vocabulary.hasWord(m.entity().id(), w))))
                        .toList();
            }
            if (chosen.isEmpty()) {
                double top = groups.get(0).get(0).score();
                chosen = groups.stream().filter(g -> g.get(0).score() >= top - MARGIN).toList();
            }
            List<List<Listing>> out = new ArrayList<>();
            for (List<Match> g : chosen) {
                double lead = g.get(0).score();
                out.add(g.stream().filter(m -> m.score() >= lead - MEMBER_MARGIN).map(DocumentScanner::listing).toList());
            }
            return out;
        }

        /**
         * Whether an organisation matched on ordinary words only: the mention's own distinctive words are in none of
         * its names ("Ministry of Defence of Kazakhstan" is not Syria's MINISTRY OF DEFENCE; "Three Armenian" is not
         * A THREE ENERGY FZE).
         */
        private boolean onOrdinaryWordsOnly(Match m, Set<String> distinctive, Set<String> ordinary) {
            if (distinctive.isEmpty() || m.entity().schema() == Schema.PERSON || m.entity().schema() == Schema.VESSEL) {
                return false;
            }
            String id = m.entity().id();
            // it shares ordinary words with the mention, and none of the mention's own ("Sovkomflot" spelled otherwise
            // shares nothing exactly and is left to the screener's score)
            return ordinary.stream().anyMatch(w -> vocabulary.hasWord(id, w)) && distinctive.stream().noneMatch(w -> vocabulary.hasWord(id, w));
        }

        /**
         * Whether a listed person's caption is the mention's words and one more (a patronymic or middle name the text
         * leaves out: "Dmitry Peskov" for Dmitry Sergeyevich PESKOV): as much that person as a listed "Dmitry PESKOV".
         */
        private boolean withOneMoreName(Match m, Set<String> mention) {
            if (m.entity().schema() != Schema.PERSON || mention.size() < 2) {
                return false;
            }
            Set<String> caption = new HashSet<>(vocabulary.tokensOf(m.entity().caption()));
            return caption.size() == mention.size() + 1 && caption.containsAll(mention);
        }

        private Folded fold(Word w) {
            return foldedWords.get(w.surface(), s -> Folded.of(s, vocabulary));
        }

        private void findImoNumbers() {
            Matcher m = IMO.matcher(text);
            while (m.find()) {
                String digits = m.group(1);
                if (!validImo(digits)) {
                    continue;
                }
                List<Listing> listings = new ArrayList<>();
                for (Entity e : vocabulary.byImo(digits)) {
                    listings.add(new Listing(e.id(), e.caption(), e.schema().ftmName(), 1.0, authorities(e), e.programs(),
                            "IMO " + digits + " is an identifier of " + e.caption()));
                }
                mentions.add(new Mention(m.start(), m.end(), m.group(), Mention.Kind.IMO,
                        listings.isEmpty() ? Mention.Status.NOT_LISTED : Mention.Status.LISTED, listings, ""));
                for (Entity e : vocabulary.byImo(digits)) {
                    nameBesideImo(e, m.start(), m.end(), listings);
                }
            }
        }

        /** The index of the first word starting at or after {@code offset} (words are in text order). */
        private int firstWordFrom(int offset) {
            int lo = 0;
            int hi = words.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (words.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /**
         * The vessel's name written in the sentence of its IMO number without a cue word ("the 156-metre Dilbar ... IMO
         * 9661792"): that name, capitalised and not yet part of a mention, is the vessel.
         */
        private void nameBesideImo(Entity vessel, int imoStart, int imoEnd, List<Listing> listings) {
            int from = imoStart;
            while (from > 0 && imoStart - from < IMO_WINDOW && ".!?".indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            // the sentence before the number's, too: "The largest, the Dilbar, was seized. ... gives its number as IMO …"
            int before = from - 1;
            while (before > 0 && from - before < IMO_WINDOW && ".!?".indexOf(text.charAt(before - 1)) < 0) {
                before--;
            }
            from = Math.max(0, before);
            int first = firstWordFrom(from);
            for (org.kordon.model.Name n : vessel.names()) {
                List<String> name = NameTokens.fold(n.value());
                if (name.isEmpty()) {
                    continue;
                }
                for (int k = first; k + name.size() <= words.size() && words.get(k).end() <= imoEnd; k++) {
                    Word w = words.get(k);
                    if (!w.capital()) {
                        continue;
                    }
                    int last = k + name.size() - 1;
                    boolean same = true;
                    for (int x = 0; x < name.size() && same; x++) {
                        same = fold(words.get(k + x)).words.equals(List.of(name.get(x)));
                    }
                    int start = w.start();
                    int end = words.get(last).end();
                    if (same && mentions.stream().noneMatch(o -> o.start() < end && start < o.end())) {
                        mentions.add(new Mention(start, end, text.substring(start, end), Mention.Kind.VESSEL, Mention.Status.LISTED,
                                listings, "named beside its IMO number"));
                        mentionWords.add(List.copyOf(name));
                    }
                }
            }
        }
    }

    /**
     * A word as the dictionary sees it: the form screened (the word, or its stem when only the stem is listed),
     * its folded words, and every folded form it may stand for (the word's and its listed stems').
     */
    private record Folded(String form, String stem, boolean stemListed, List<String> words, Set<String> alternatives,
                          boolean listed, boolean standsAlone, boolean common, int letters) {
        static Folded of(String surface, Vocabulary v) {
            List<String> f = NameTokens.fold(surface);
            Set<String> alts = new TreeSet<>(f);
            boolean listed = !f.isEmpty() && f.stream().allMatch(v::contains);
            String form = surface;
            List<String> chosen = f;
            String stem = null;
            for (String s : Inflection.stems(surface)) {
                List<String> fs = NameTokens.fold(s);
                if (!fs.isEmpty() && fs.stream().allMatch(v::contains)) {
                    alts.addAll(fs);
                    if (stem == null) {
                        stem = s;
                        if (!listed) {
                            form = s;
                            chosen = fs;
                        }
                    }
                }
            }
            boolean stemListed = stem != null;
            boolean alone = chosen.size() == 1 && alts.stream().anyMatch(v::canStandAlone);
            // ordinary: an English word of the dictionary, or a generic word of organisation names in any language
            // ("Национального банка": national, bank)
            boolean common = CommonWords.isCommon(surface)
                    || (!chosen.isEmpty() && chosen.stream().allMatch(NameTokens::isOrganisationWord));
            return new Folded(form, stem, stemListed, chosen, Set.copyOf(alts), listed || stemListed, alone,
                    common, surface.codePointCount(0, surface.length()));
        }
    }


    private static Listing listing(Match m) {
        Entity e = m.entity();
        return new Listing(e.id(), e.caption(), e.schema().ftmName(), m.score(), authorities(e), e.programs(),
                m.explanation().summary());
    }

    private static List<String> authorities(Entity e) {
        List<String> out = new ArrayList<>(2);
        for (Sanction s : e.sanctions()) {
            if (s.authority() != null && !out.contains(s.authority())) {
                out.add(s.authority());
            }
        }
        return out;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether seven digits carry a valid IMO check digit: 9256858 -> 9*7+2*6+5*5+6*4+8*3+5*2 = 158, ends in 8. */
    static boolean validImo(String digits) {
        if (digits.length() != 7 || !isDigits(digits)) {
            return false;
        }
        int sum = 0;
        for (int k = 0; k < 6; k++) {
            sum += (digits.charAt(k) - '0') * (7 - k);
        }
        return sum % 10 == digits.charAt(6) - '0';
    }
}

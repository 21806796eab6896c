package org.kordon.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

        Scan(String text) {
            this.text = text;
            this.words = Words.split(text);
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
                if (w.capital() && !STOPWORDS.contains(lower)) {
                    int j = extend(i);
                    resolveRun(i, j, false);
                    i = j + 1;
                } else {
                    i++;
                }
            }
            findImoNumbers();
            mentions.sort(Comparator.comparingInt(Mention::start));
            return List.copyOf(mentions);
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
                if (next.capital() && !STOPWORDS.contains(lower)) {
                    j++;
                } else if (!next.capital() && CONNECTORS.contains(lower) && j + 2 < n && !words.get(j + 2).breakBefore()
                        && words.get(j + 2).capital() && !STOPWORDS.contains(words.get(j + 2).surface().toLowerCase(Locale.ROOT))) {
                    j += 2;
                } else if (!next.capital() && continuesListedName(words.get(j), next)) {
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
                if (w.capital()) {
                    int j = k;
                    while (j + 1 < n && !words.get(j).possessive() && !words.get(j + 1).breakBefore()
                            && (words.get(j + 1).capital() || isDigits(words.get(j + 1).surface()))) {
                        j++;
                    }
                    resolveRun(k, j, true);
                    return j;
                }
            }
            return -1;
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
                for (int q = to; q >= p; q--) {
                    if (!(p == from && q == to) && resolveWhole(p, q, vessel, false)) {
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
                if (!vessel && (!single.listed || single.letters < 3 || !single.standsAlone)) {
                    return false;
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
                queries.add(join(parts, false));
            }
            List<List<Listing>> parties = parties(queries, meaningful == 1 ? singleWord(from, to, parts) : null, vessel);
            if (parties.isEmpty()) {
                return false;
            }
            if (parties.size() == 1) {
                add(start, end, kind, Mention.Status.LISTED, parties.get(0), "", parts);
                return true;
            }
            if (meaningful == 1 && parties.size() > MAX_SINGLE_WORD_PARTIES) {
                return false;
            }
            List<Listing> candidates = new ArrayList<>();
            for (List<Listing> p : parties.subList(0, Math.min(SHOWN_CANDIDATES, parties.size()))) {
                candidates.add(p.get(0));
            }
            add(start, end, kind, Mention.Status.AMBIGUOUS, candidates,
                    parties.size() + " listed parties score alike", parts);
            return true;
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
         * those within {@link #MARGIN} of the best.
         */
        private List<List<Listing>> parties(List<String> queries, Folded single, boolean vessel) {
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
            List<List<Match>> chosen = groups.stream()
                    .filter(g -> g.stream().anyMatch(m -> keys.stream().anyMatch(k -> vocabulary.hasName(m.entity().id(), k))))
                    .toList();
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
            }
        }
    }

    /**
     * A word as the dictionary sees it: the form screened (the word, or its stem when only the stem is listed),
     * its folded words, and every folded form it may stand for (the word's and its listed stems').
     */
    private record Folded(String form, String stem, boolean stemListed, List<String> words, Set<String> alternatives,
                          boolean listed, boolean standsAlone, int letters) {
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
            return new Folded(form, stem, stemListed, chosen, Set.copyOf(alts), listed || stemListed, alone,
                    surface.codePointCount(0, surface.length()));
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

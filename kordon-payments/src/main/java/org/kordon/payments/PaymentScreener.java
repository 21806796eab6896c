package org.kordon.payments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kordon.documents.DocumentScanner;
import org.kordon.documents.Listing;
import org.kordon.documents.Mention;
import org.kordon.matching.Query;
import org.kordon.model.Countries;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.ResolvedEntity;
import org.kordon.resolution.ResolvedMatch;
import org.kordon.resolution.ResolvedScreener;

/**
 * Screens payment messages: every party and agent of each transaction by BIC, LEI, other identifiers and account
 * (exactly, against the identifiers the lists carry), by name (through the {@link ResolvedScreener} that
 * {@code kordon screen} uses), by address (places under sanctions, {@code sanctioned-places.tsv}), and every free-text
 * field with the {@link DocumentScanner} (plus the BICs written in it). Verdicts by {@link VerdictRules}.
 *
 * <pre>{@code
 * PaymentScreener s = PaymentScreener.build(snapshot, resolvedScreener, DocumentScanner.build(snapshot));
 * s.screen(message).verdict();   // BLOCK for a pacs.008 whose creditor agent is SABRRUMM012 (a branch of listed SABRRUMM)
 * }</pre>
 *
 * Thread-safe: screen from several threads. Name screenings are cached by name, country and identifiers.
 */
public final class PaymentScreener {
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern BIC_IN_TEXT = Pattern.compile("(?<![A-Z0-9])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Z0-9])");
    private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");
    private static final Pattern IBAN_COUNTRY = Pattern.compile("^([A-Z]{2})[0-9]{2}[A-Z0-9]{8,30}$");
    /** Identifier kinds compared exactly with what a message gives besides BIC and LEI (accounts: OTHER with such a label). */
    private static final List<IdType> EXACT_IDS = List.of(IdType.TAX_ID, IdType.REGISTRATION, IdType.NATIONAL_ID, IdType.PASSPORT);

    private final ResolvedScreener screener;
    private final DocumentScanner scanner;
    private final Places places = Places.bundled();
    private final Map<String, List<Entity>> byBic8;
    private final Map<String, List<Entity>> byLei;
    private final Map<String, List<Entity>> byIdentifier;
    private final Map<String, List<ResolvedMatch>> nameCache = new ConcurrentHashMap<>();

    private PaymentScreener(ResolvedScreener screener, DocumentScanner scanner, Map<String, List<Entity>> byBic8,
            Map<String, List<Entity>> byLei, Map<String, List<Entity>> byIdentifier) {
        this.screener = screener;
        this.scanner = scanner;
        this.byBic8 = byBic8;
        this.byLei = byLei;
        this.byIdentifier = byIdentifier;
    }

    /**
     * A screener over the lists of {@code snapshot}: {@code screener} must be built over the same snapshot (as
     * {@code kordon screen} builds it), {@code scanner} too ({@code DocumentScanner.build(snapshot, ...)}).
     */
    public static PaymentScreener build(ListSnapshot snapshot, ResolvedScreener screener, DocumentScanner scanner) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(screener, "screener");
        Objects.requireNonNull(scanner, "scanner");
        Map<String, List<Entity>> bic8 = new HashMap<>();
        Map<String, List<Entity>> lei = new HashMap<>();
        Map<String, List<Entity>> ids = new HashMap<>();
        for (Entity e : snapshot.entities()) {
            for (Identifier id : e.identifiers()) {
                String v = id.normalizedValue();
                if (id.type() == IdType.BIC && v.length() >= 8) {
                    add(bic8, v.substring(0, 8), e);
                } else if (id.type() == IdType.LEI) {
                    add(lei, v, e);
                } else if ((EXACT_IDS.contains(id.type()) || isAccount(id)) && v.length() >= VerdictRules.MIN_IDENTIFIER_CHARS) {
                    add(ids, v, e);
                }
            }
        }
        return new PaymentScreener(screener, scanner, bic8, lei, ids);
    }

    private static boolean isAccount(Identifier id) {
        String label = id.label() == null ? "" : id.label().toLowerCase(Locale.ROOT);
        return id.type() == IdType.OTHER && (label.contains("iban") || label.contains("account"));
    }

    private static void add(Map<String, List<Entity>> index, String key, Entity e) {
        List<Entity> l = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(e)) {
            l.add(e);
        }
    }

    /** The verdict on {@code message}: each transaction screened, the strictest verdict wins. */
    public MessageVerdict screen(PaymentMessage message) {
        List<TransactionVerdict> out = new ArrayList<>();
        for (Transaction t : message.transactions()) {
            out.add(screen(t));
        }
        return MessageVerdict.of(message, out);
    }

    /** The verdict on one transaction. */
    public TransactionVerdict screen(Transaction t) {
        List<Finding> findings = new ArrayList<>();
        for (Party p : t.parties()) {
            screenParty(p, findings);
        }
        for (FreeText text : t.texts()) {
            screenText(text, findings);
        }
        return TransactionVerdict.of(t.id(), findings, t.parties().size(), t.texts().size());
    }

    private void screenParty(Party p, List<Finding> out) {
        String bic = p.bic() == null ? null : compact(p.bic());
        if (bic != null) {
            if (!BIC.matcher(bic).matches() || !Countries.isCode(bic.substring(4, 6))) {
                out.add(new Finding(Verdict.HOLD, p.field(), p.role(), p.bic(), "", null,
                        "not a valid BIC (4 letters for the bank, 2 for an ISO country, 2 for the location, 3 optional for the branch):"
                                + " the bank cannot be identified"));
            } else {
                identifierHits(byBic8.get(bic.substring(0, 8)), p, bic, "BIC", bicWords(bic), out);
                place(places.country(bic.substring(4, 6)), p, bic, "the BIC's country", out);
            }
        }
        if (p.lei() != null) {
            String lei = compact(p.lei());
            if (!LEI.matcher(lei).matches()) {
                out.add(new Finding(Verdict.HOLD, p.field(), p.role(), p.lei(), "", null, "not a valid LEI (20 letters and digits)"));
            } else {
                identifierHits(byLei.get(lei), p, lei, "LEI", "LEI " + lei, out);
            }
        }
        if (p.account() != null) {
            String acct = Identifier.normalize(IdType.OTHER, p.account());
            identifierHits(byIdentifier.get(acct), p, p.account(), "account", "account " + p.account(), out);
            Matcher iban = IBAN_COUNTRY.matcher(acct);
            if (iban.matches()) {
                place(places.country(iban.group(1)), p, p.account(), "the IBAN's country", out);
            }
        }
        for (String id : p.identifiers()) {
            String v = Identifier.normalize(IdType.OTHER, id.replaceFirst("^[0-9]/", ""));
            if (v.length() >= VerdictRules.MIN_IDENTIFIER_CHARS) {
                identifierHits(byIdentifier.get(v), p, id, "identifier", "identifier " + id, out);
            }
        }
        PostalAddress a = p.address();
        place(places.country(a.country()), p, a.oneLine(), "the address's country", out);
        List<String> parts = new ArrayList<>(a.lines());
        if (a.town() != null) {
            parts.add(a.town());
        }
        if (a.subdivision() != null) {
            parts.add(a.subdivision());
        }
        for (Places.Place place : places.named(String.join(" ; ", parts))) {
            if (a.country() == null || !place.code().equals(a.country())) {
                place(place, p, a.oneLine(), "the address", out);
            }
        }
        if (p.name() != null) {
            screenName(p, out);
        }
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String bicWords(String bic) {
        if (bic.length() == 8) {
            return "BIC " + bic;
        }
        String branch = bic.substring(8);
        return "BIC " + bic + (branch.equals("XXX") ? " (the head office of " + bic.substring(0, 8) + ")"
                : " (branch " + branch + " of " + bic.substring(0, 8) + ")");
    }

    /** One finding per resolved entity among {@code listings}: an exact identifier blocks. */
    private void identifierHits(@Nullable List<Entity> listings, Party p, String value, String kind, String what, List<Finding> out) {
        if (listings == null) {
            return;
        }
        Map<String, List<Entity>> byEntity = new LinkedHashMap<>();
        for (Entity e : listings) {
            String key = screener.entity(e.id()).map(ResolvedEntity::id).orElse(e.id());
            byEntity.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        for (List<Entity> es : byEntity.values()) {
            Entity first = es.get(0);
            List<String> listed = first.identifiers().stream()
                    .filter(i -> kind.equals("BIC") ? i.type() == IdType.BIC : i.type() != IdType.BIC)
                    .map(Identifier::value).distinct().toList();
            out.add(new Finding(Verdict.BLOCK, p.field(), p.role(), value, first.id(), 1.0,
                    what + " matches the " + kind + " of a listed entity" + (kind.equals("BIC") ? " (a listed BIC covers every branch of its bank)" : "")
                            + ": " + describe(first) + (listed.isEmpty() ? "" : "; listed " + String.join(", ", listed)) + sameAs(first)));
        }
    }

    private void place(Places.@Nullable Place place, Party p, String value, String where, List<Finding> out) {
        if (place != null) {
            out.add(new Finding(Verdict.HOLD, p.field(), p.role(), value, "place:" + place.code(), 1.0,
                    where + " names " + place.name() + " (" + place.code() + "), under sanctions: " + place.basis()));
        }
    }

    private void screenName(Party p, List<Finding> out) {
        String country = p.address().country() == null ? null : p.address().country().toLowerCase(Locale.ROOT);
        if (country == null && p.bic() != null && compact(p.bic()).length() >= 6) {
            country = compact(p.bic()).substring(4, 6).toLowerCase(Locale.ROOT);
        }
        if (country != null && !Countries.isCode(country)) {
            country = null;
        }
        String key = p.name() + "\u0000" + country + "\u0000" + String.join("\u0001", p.identifiers());
        List<ResolvedMatch> matches = nameCache.get(key);
        if (matches == null) {
            matches = screener.screen(new Query(null, p.name(), null, null, country, p.identifiers()), VerdictRules.HOLD_SCORE, VerdictRules.TOP);
            if (nameCache.size() >= VerdictRules.CACHE_ENTRIES) {
                nameCache.clear();
            }
            nameCache.put(key, matches);
        }
        for (ResolvedMatch r : matches) {
            Entity e = r.listing();
            out.add(new Finding(r.score() >= VerdictRules.BLOCK_SCORE ? Verdict.BLOCK : Verdict.HOLD, p.field(), p.role(), p.name(),
                    e.id(), r.score(), r.match().explanation().summaryWithProbability() + "; " + describe(e)
                            + (r.sameAs().isEmpty() ? "" : "; same as " + String.join(", ", r.sameAs()))));
        }
    }

    private void screenText(FreeText text, List<Finding> out) {
        for (Mention m : scanner.scan(text.text())) {
            if (m.status() == Mention.Status.NOT_LISTED || m.status() == Mention.Status.PEP || m.listings().isEmpty()) {
                continue; // a politically exposed person whom no sanction lists is no sanctions finding
            }
            Listing l = m.listings().get(0);
            boolean block = m.status() == Mention.Status.LISTED && l.score() >= VerdictRules.BLOCK_SCORE;
            List<String> others = m.listings().stream().skip(1).map(Listing::entityId).toList();
            out.add(new Finding(block ? Verdict.BLOCK : Verdict.HOLD, text.field(), "free_text", m.text(), l.entityId(), l.score(),
                    "named in the text (" + m.status().label() + "): " + l.explanation() + "; " + l.caption()
                            + (l.programs().isEmpty() ? "" : " [" + String.join(", ", l.programs()) + "]")
                            + (others.isEmpty() ? "" : "; also " + String.join(", ", others))));
        }
        Matcher bic = BIC_IN_TEXT.matcher(text.text());
        Party inText = new Party("free_text", text.field(), false, null, null, null, null, List.of(), new PostalAddress(List.of(), null, null, null));
        while (bic.find()) {
            String b = bic.group();
            if (Countries.isCode(b.substring(4, 6))) {
                identifierHits(byBic8.get(b.substring(0, 8)), inText, b, "BIC", bicWords(b) + " written in the text", out);
            }
        }
        for (Places.Place place : places.named(text.text())) {
            place(place, inText, place.name(), "the text", out);
        }
    }

    private String describe(Entity e) {
        String programs = e.programs().isEmpty() ? "" : " [" + String.join(", ", e.programs()) + "]";
        return e.id() + " " + e.caption() + " (" + e.source().list() + programs + ")";
    }

    private String sameAs(Entity e) {
        List<String> others = screener.entity(e.id()).map(r -> r.otherListingIds(e.id())).orElse(List.of());
        return others.isEmpty() ? "" : "; same as " + String.join(", ", others);
    }
}

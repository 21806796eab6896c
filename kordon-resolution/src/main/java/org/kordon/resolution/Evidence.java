package org.kordon.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;

/**
 * The strong keys of a listing: references and identifiers that name one party only. Two listings with the same
 * key are linked by the key's reason.
 *
 * <p>Values are compared as {@link Identifier#normalize} reduces them, after cutting a parenthesised remark
 * ({@code "4345309407 (Tax ID/INN)"} is {@code 4345309407}). A value too short to be an identifier (fewer
 * than {@link #MIN_DIGITS} digits for numbers, placeholders such as {@code "-"}) is no key.
 */
final class Evidence {
    /** The fewest digits a tax, registration, passport or national id number needs to be a key. */
    static final int MIN_DIGITS = 5;
    /** A UN reference number: regime, {@code I} (individual) or {@code E} (entity), a full stop, a number: {@code QDI.028}. */
    private static final Pattern UN_REFERENCE = Pattern.compile("[A-Z]{2}[IE]\\.[0-9]+");

    /** A key: its reason, its value, and the issuing country or null. */
    record Key(LinkReason reason, String value, String country) {
        String group() {
            return reason.name() + ':' + value;
        }
    }

    private Evidence() {
    }

    static List<Key> keys(Entity e) {
        List<Key> keys = new ArrayList<>();
        if (e.id().startsWith("un:") && UN_REFERENCE.matcher(reference(e.id().substring(3))).matches()) {
            keys.add(new Key(LinkReason.UN_REFERENCE, reference(e.id().substring(3)), null));
        }
        if (e.source().list().equals("uk-ofsi") && e.id().startsWith("uk:")) {
            keys.add(new Key(LinkReason.UK_REFERENCE, "GROUP " + reference(e.id().substring(3)), null));
        }
        for (Identifier i : e.identifiers()) {
            Key k = key(i);
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static Key key(Identifier i) {
        if (i.type() == IdType.OTHER) {
            String label = i.label() == null ? "" : i.label();
            return switch (label) {
                case "UN Ref" -> UN_REFERENCE.matcher(reference(i.value())).matches()
                        ? new Key(LinkReason.UN_REFERENCE, reference(i.value()), null) : null;
                case "UK Sanctions List Ref" -> new Key(LinkReason.UK_REFERENCE, "REF " + reference(i.value()), null);
                case "OFSI Group ID" -> new Key(LinkReason.UK_REFERENCE, "GROUP " + reference(i.value()), null);
                default -> null;
            };
        }
        String v = value(i);
        return switch (i.type()) {
            case IMO -> v.length() == 7 && digits(v) == 7 ? new Key(LinkReason.IMO, v, null) : null;
            case MMSI -> v.length() == 9 && digits(v) == 9 ? new Key(LinkReason.MMSI, v, null) : null;
            case BIC -> v.length() == 8 || v.length() == 11 ? new Key(LinkReason.BIC, v.substring(0, 8), null) : null;
            case LEI -> v.length() == 20 ? new Key(LinkReason.LEI, v, null) : null;
            case TAX_ID, REGISTRATION -> digits(v) >= MIN_DIGITS ? new Key(LinkReason.TAX_ID, v, i.country()) : null;
            case PASSPORT -> digits(v) >= MIN_DIGITS ? new Key(LinkReason.PASSPORT, v, i.country()) : null;
            case NATIONAL_ID -> digits(v) >= MIN_DIGITS ? new Key(LinkReason.NATIONAL_ID, v, i.country()) : null;
            default -> null;
        };
    }

    /** The identifier's value without a parenthesised remark, normalised. */
    static String value(Identifier i) {
        String v = i.value();
        int paren = v.indexOf('(');
        if (paren > 0) {
            v = v.substring(0, paren);
        }
        String n = Identifier.normalize(i.type(), v);
        return n.isEmpty() ? Identifier.normalize(i.type(), i.value()) : n;
    }

    /** The Russian taxpayer numbers (INN) of a listing: one per taxpayer, so two different INNs are two parties. */
    static List<String> inns(Entity e) {
        List<String> out = new ArrayList<>();
        for (Identifier i : e.identifiers()) {
            if (i.type() != IdType.TAX_ID && i.type() != IdType.REGISTRATION) {
                continue;
            }
            boolean inn = (i.label() != null && i.label().toUpperCase(Locale.ROOT).contains("INN"))
                    || i.value().toUpperCase(Locale.ROOT).contains("INN");
            String v = value(i);
            if (inn && digits(v) == v.length() && (v.length() == 10 || v.length() == 12)) {
                out.add(v);
            }
        }
        return out;
    }

    /** A UN or UK reference in upper case, without the full stop OFSI sometimes ends it with. */
    static String reference(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        while (v.endsWith(".")) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }

    private static int digits(String v) {
        int n = 0;
        for (int k = 0; k < v.length(); k++) {
            if (Character.isDigit(v.charAt(k))) {
                n++;
            }
        }
        return n;
    }
}

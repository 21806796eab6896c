package org.kordon.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * Moves a name score with what else the query says: identifiers, birth date, country, schema, legal form. Every
 * amount comes from {@link ScoringWeights}; the defaults are quoted.
 *
 * <ul>
 *   <li>identifier equal to one the entity lists: the score becomes {@code 0.9 + 0.1 * score} (strong
 *       evidence; a renamed vessel found by its IMO still alerts);
 *   <li>birth date within one of the entity's birth dates or ranges (a circa date widened by a year):
 *       {@code +0.02}; outside all of them: {@code -(0.03 + 0.025 * gap in years)}, at most {@code -0.45}, so a
 *       listing error of a year or two costs little (-0.03 the same year, -0.055 a year off, -0.08 two) while a
 *       person born decades apart does not alert on a full name ("David Scott" born 1999 against one born 1945:
 *       -0.45);
 *   <li>country among the entity's nationalities, countries, address countries or flag: no change, but
 *       said; not among them: {@code -0.03};
 *   <li>schema incompatible ({@link Schema#compatibleWith}, a person against a vessel): {@code -0.25}; a person
 *       against an organisation or the reverse: {@code -0.20} (a LegalEntity may be either: no change, unless a
 *       person is asked for and the entity's names carry a legal form: an organisation, {@code -0.20}); no
 *       schema given but the query name carries a legal form and the entity is a person: {@code -0.15};
 *   <li>legal forms on both sides and none in common ("X AG" against "X GmbH"): {@code -0.10};
 *   <li>a name score under 1 is capped at {@code 0.985}, boosts included: only a full name match
 *       (or an identifier) reaches 0.99.
 * </ul>
 * The result stays in [0,1]. Absent data on either side changes nothing. Stateless and thread-safe.
 */
final class SecondaryEvidence {
    private SecondaryEvidence() {
    }

    /**
     * Appends the contributions after the name's to {@code out} and returns the final score.
     *
     * @param score          the name score (after any weak-alias discount)
     * @param fullName       whether the name score was a full match (1.0 before discounts)
     * @param identifierHit  the identifier that matched, or null
     * @param entityForms    the legal forms of the entity's names as {@link #formKey}s (empty when none)
     */
    static double apply(ScoringWeights w, double score, boolean fullName, String identifierHit, Query q,
                        AnalyzedName qa, Entity e, String[] entityCountries, String[] entityForms,
                        List<Contribution> out) {
        double r = score;
        double ceiling = fullName || identifierHit != null ? 1.0 : w.partialCap();
        if (identifierHit != null) {
            double next = w.identifierBase() + (1.0 - w.identifierBase()) * r;
            out.add(new Contribution("identifier", next - r, "identifier " + identifierHit + " matches"));
            r = next;
        }
        if (q.birthDate() != null && !e.birthDates().isEmpty()) {
            int gap = birthGapYears(q.birthDate(), e.birthDates());
            String listed = listedDates(e.birthDates());
            if (gap < 0) {
                double d = Math.max(0.0, Math.min(w.birthMatch(), ceiling - r));
                out.add(new Contribution("birth-date", d, (q.birthDate().hasMonth() ? "birth date " : "birth year ")
                        + q.birthDate() + " matches" + (listed.equals(q.birthDate().toString()) ? "" : " listed " + listed)));
                r += d;
            } else {
                double d = Math.max(-w.birthPenalty(gap), -r);
                out.add(new Contribution("birth-date", d, "birth " + q.birthDate() + " conflicts with listed " + listed
                        + " (" + gap + (gap == 1 ? " year" : " years") + " apart)"));
                r += d;
            }
        }
        if (q.country() != null && entityCountries.length > 0) {
            boolean found = false;
            for (String c : entityCountries) {
                found |= c.equals(q.country());
            }
            if (found) {
                out.add(new Contribution("country", 0.0, "country " + q.country() + " matches"));
            } else {
                double d = Math.max(-w.countryMismatch(), -r);
                out.add(new Contribution("country", d, "country " + q.country() + " not among listed "
                        + String.join(" ", entityCountries)));
                r += d;
            }
        }
        if (q.schema() != null && !q.schema().compatibleWith(e.schema())) {
            double d = Math.max(-w.schemaConflict(), -r);
            out.add(new Contribution("schema", d, "schema " + q.schema().ftmName() + " but listed " + e.schema().ftmName()));
            r += d;
        } else if (q.schema() != null && personVersusOrganization(q.schema(), e.schema())) {
            double d = Math.max(-w.personVsOrganization(), -r);
            out.add(new Contribution("schema", d, "schema " + q.schema().ftmName() + " but listed " + e.schema().ftmName()));
            r += d;
        } else if (q.schema() == Schema.PERSON && e.schema() == Schema.LEGAL_ENTITY && entityForms.length > 0) {
            // a LegalEntity may be either, but not one whose own name carries a legal form: "Alice Parts Co. Ltd"
            double d = Math.max(-w.personVsOrganization(), -r);
            out.add(new Contribution("schema", d, "schema Person but listed " + e.schema().ftmName() + " with legal form "
                    + entityForms[0]));
            r += d;
        } else if (q.schema() == null && !qa.legalForms().isEmpty() && e.schema() == Schema.PERSON) {
            double d = Math.max(-w.legalFormVsPerson(), -r);
            out.add(new Contribution("schema", d, "legal form " + qa.legalForms().get(0) + " but listed Person"));
            r += d;
        }
        if (!qa.legalForms().isEmpty() && entityForms.length > 0 && !anyShared(qa.legalForms(), entityForms)) {
            double d = Math.max(-w.legalFormConflict(), -r);
            out.add(new Contribution("legal-form", d, "legal form " + String.join(" ", qa.legalForms())
                    + " but listed " + String.join(" ", entityForms)));
            r += d;
        }
        if (!fullName && identifierHit == null && r > w.partialCap()) {
            out.add(new Contribution("cap", w.partialCap() - r, "partial name capped at " + w.partialCap()));
            r = w.partialCap();
        }
        return Math.max(0.0, Math.min(1.0, r));
    }

    /** A person and an organisation (either way round); a LegalEntity may be either, so it conflicts with neither. */
    static boolean personVersusOrganization(Schema a, Schema b) {
        return (a == Schema.PERSON && b.isA(Schema.ORGANIZATION)) || (b == Schema.PERSON && a.isA(Schema.ORGANIZATION));
    }

    /**
     * The key two legal forms are compared by: each word folded as names are, so that romanisations of one form agree
     * ({@code obschestvo s ogranichennoi otvetstvennostiu} / {@code obshchestvo s ogranichennoy otvetstvennostyu}).
     */
    static String formKey(String form) {
        StringBuilder b = new StringBuilder(form.length());
        for (String w : form.split(" ")) {
            if (!w.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ").append(RomanisationFolder.fold(w));
            }
        }
        return b.toString();
    }

    /**
     * Whether a query's legal forms agree with an entity's: one pair of codes ({@link AnalyzedName#legalForms()}) is
     * the same form, or one side is the bare word {@code company} (Co., Company: no form at all), or both are
     * joint-stock forms ({@code jsc} / {@code pjsc}: Russian OAO and ZAO were renamed PAO and AO in 2014, and lists
     * keep both). "Siemens AG" (jsc) and "Siemens GmbH" (llc) disagree.
     */
    private static boolean anyShared(List<String> forms, String[] listed) {
        for (String f : forms) {
            String key = formKey(f);
            for (String l : listed) {
                if (key.equals(l) || key.equals(BARE_COMPANY) || l.equals(BARE_COMPANY)
                        || (JOINT_STOCK.contains(key) && JOINT_STOCK.contains(l))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String BARE_COMPANY = formKey("company");
    private static final java.util.Set<String> JOINT_STOCK = java.util.Set.of(formKey("jsc"), formKey("pjsc"));

    /** -1 when the date falls within a listed date or range; else the smallest gap in whole years (0: same year). */
    static int birthGapYears(PartialDate d, List<DateRange> listed) {
        int best = Integer.MAX_VALUE;
        LocalDate qFrom = d.earliest();
        LocalDate qTo = d.latest();
        for (DateRange r : listed) {
            if (r.admits(d)) {
                return -1;
            }
            LocalDate from = r.approximate() ? r.from().earliest().minusYears(1) : r.from().earliest();
            LocalDate to = r.approximate() ? r.to().latest().plusYears(1) : r.to().latest();
            int gap = qTo.isBefore(from) ? from.getYear() - qTo.getYear() : qFrom.getYear() - to.getYear();
            best = Math.min(best, gap);
        }
        return best;
    }

    private static String listedDates(List<DateRange> dates) {
        StringBuilder b = new StringBuilder();
        for (DateRange r : dates) {
            b.append(b.isEmpty() ? "" : ", ").append(r);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}

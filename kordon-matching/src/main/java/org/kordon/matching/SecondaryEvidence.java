package org.kordon.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * Moves a name score with what else the query says: identifiers, birth date, country, schema.
 *
 * <ul>
 *   <li>identifier equal to one the entity lists: the score becomes {@code 0.9 + 0.1 * score} (strong
 *       evidence; a renamed vessel found by its IMO still alerts);
 *   <li>birth date within one of the entity's birth dates or ranges (a circa date widened by a year):
 *       {@code +0.02}; within a year of one: {@code -0.05}; further: {@code -0.15};
 *   <li>country among the entity's nationalities, countries, address countries or flag: no change, but
 *       said; not among them: {@code -0.03};
 *   <li>schema incompatible ({@link Schema#compatibleWith}, a person against a vessel): {@code -0.25}; no
 *       schema given but the query name carries a legal form and the entity is a person: {@code -0.15};
 *   <li>a name score under 1 is capped at {@link #PARTIAL_CAP}, boosts included: only a full name match
 *       (or an identifier) reaches 0.99.
 * </ul>
 * The result stays in [0,1]. Absent data on either side changes nothing. Stateless and thread-safe.
 */
final class SecondaryEvidence {
    static final double MAX_BOOST = 0.02;
    static final double PARTIAL_CAP = 0.985;
    static final double BIRTH_MATCH = 0.02;
    static final double BIRTH_NEAR = -0.05;
    static final double BIRTH_CONFLICT = -0.15;
    static final double COUNTRY_MISMATCH = -0.03;
    static final double SCHEMA_CONFLICT = -0.25;
    static final double LEGAL_FORM_VS_PERSON = -0.15;

    private SecondaryEvidence() {
    }

    /**
     * Appends the contributions after the name's to {@code out} and returns the final score.
     *
     * @param score          the name score (after any weak-alias discount)
     * @param fullName       whether the name score was a full match (1.0 before discounts)
     * @param identifierHit  the identifier that matched, or null
     */
    static double apply(double score, boolean fullName, String identifierHit, Query q, AnalyzedName qa,
                        Entity e, String[] entityCountries, List<Contribution> out) {
        double r = score;
        double ceiling = fullName || identifierHit != null ? 1.0 : PARTIAL_CAP;
        if (identifierHit != null) {
            double next = 0.9 + 0.1 * r;
            out.add(new Contribution("identifier", next - r, "identifier " + identifierHit + " matches"));
            r = next;
        }
        if (q.birthDate() != null && !e.birthDates().isEmpty()) {
            int gap = birthGapYears(q.birthDate(), e.birthDates());
            String listed = listedDates(e.birthDates());
            if (gap < 0) {
                double d = Math.max(0.0, Math.min(BIRTH_MATCH, ceiling - r));
                out.add(new Contribution("birth-date", d, (q.birthDate().hasMonth() ? "birth date " : "birth year ")
                        + q.birthDate() + " matches" + (listed.equals(q.birthDate().toString()) ? "" : " listed " + listed)));
                r += d;
            } else {
                double d = gap <= 1 ? BIRTH_NEAR : BIRTH_CONFLICT;
                d = Math.max(d, -r);
                out.add(new Contribution("birth-date", d, "birth " + q.birthDate() + " conflicts with listed " + listed));
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
                double d = Math.max(COUNTRY_MISMATCH, -r);
                out.add(new Contribution("country", d, "country " + q.country() + " not among listed "
                        + String.join(" ", entityCountries)));
                r += d;
            }
        }
        if (q.schema() != null && !q.schema().compatibleWith(e.schema())) {
            double d = Math.max(SCHEMA_CONFLICT, -r);
            out.add(new Contribution("schema", d, "schema " + q.schema().ftmName() + " but listed " + e.schema().ftmName()));
            r += d;
        } else if (q.schema() == null && !qa.legalForms().isEmpty() && e.schema() == Schema.PERSON) {
            double d = Math.max(LEGAL_FORM_VS_PERSON, -r);
            out.add(new Contribution("schema", d, "legal form " + qa.legalForms().get(0) + " but listed Person"));
            r += d;
        }
        if (!fullName && identifierHit == null && r > PARTIAL_CAP) {
            out.add(new Contribution("cap", PARTIAL_CAP - r, "partial name capped at " + PARTIAL_CAP));
            r = PARTIAL_CAP;
        }
        return Math.max(0.0, Math.min(1.0, r));
    }

    /** -1 when the date falls within a listed date or range; else the smallest gap in whole years (0: same year). */
    static int birthGapYears(PartialDate d, List<DateRange> listed) {
        int best = Integer.MAX_VALUE;
        LocalDate qFrom = d.earliest();
        LocalDate qTo = d.latest();
        for (DateRange r : listed) {
            LocalDate from = r.from().earliest();
            LocalDate to = r.to().latest();
            if (r.approximate()) {
                from = from.minusYears(1);
                to = to.plusYears(1);
            }
            if (!qTo.isBefore(from) && !qFrom.isAfter(to)) {
                return -1;
            }
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

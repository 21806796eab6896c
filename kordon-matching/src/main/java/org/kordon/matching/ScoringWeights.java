package org.kordon.matching;

/**
 * Every weight and threshold of Kordon's scoring, in one place: what missing and extra words cost, the rules
 * that lower a name score (word order, conflicting numbers and patronymics, folded spellings), the word
 * similarity levels, the weak-alias rule and the secondary evidence (identifier, birth date, country, schema,
 * legal form). {@link #DEFAULT} is what {@link Screeners#build} uses.
 *
 * <p>The screener's pruning bound is derived from these values ({@link #maxBoost()}, {@link #minExtraCost()}),
 * never written twice, so that a change of weight cannot make the index miss a candidate a full scan finds
 * ({@code ScoringWeightsPropertiesTest} checks it for random weights). The word similarity levels
 * ({@code minJaroWinkler} to {@code shortWord}) are read by {@link TokenSimilarity} from {@link #DEFAULT} only: a
 * query's links to listed words are computed once per query plan, before any screener's weights apply.
 *
 * @param missingListed        cost, per unit of IDF, of a listed word the query lacks (λ)
 * @param missingPatronymic    the same for a listed patronymic
 * @param missingInitial       the same for a listed initial
 * @param extraContained       cost, per unit of IDF, of a query word the listed name lacks when the listed name is
 *                             a person's and contained in the query (all its words found bar patronymics and
 *                             initials, at least {@code containedMinWords} of them: a second surname, an extra given
 *                             name); otherwise an extra word costs its whole weight (a company with one more word in
 *                             its name is another company: "Volga Trading Group" is not "VOLGA GROUP")
 * @param containedMinWords    the fewest listed words found for the listed name to count as contained: a one-word
 *                             listed name inside a longer query ("EMMA" in "Emma Daniels") is weak evidence
 * @param wordOrder            what a name score loses, relative, when the words found are in another order than
 *                             a rotation of the listed one ("Salman bin Muhammad" against "Muhammad bin Salman")
 * @param numberConflict       relative loss when each side has a number the other lacks ("HORMUZ 2" / "HORMUZ 23")
 * @param patronymicConflict   relative loss when each side has a patronymic the other lacks
 *                             (Vladimirovich / Sergeyevich: another father)
 * @param folded               the similarity of two words equal only after folding ("sergey" / "sergei"), below 1
 *                             so that only the exact spelling scores 1
 * @param minJaroWinkler       the lowest Jaro-Winkler (capped by edit distance) that counts as a spelling variant
 * @param phonetic             similarity of words whose Double Metaphone codes agree
 * @param phoneticMinLength    the shortest word (both words) phonetic agreement is credited {@code phonetic} for:
 *                             short words agree by chance (Olga / Oleg, Brin / Braun, Gene / John)
 * @param phoneticMinEdit      the lowest edit similarity at which agreeing codes still earn {@code phonetic}: codes
 *                             drop vowels and join k / g, so two surnames of one consonant frame agree (Kolobov /
 *                             Glebova, Gushin / Kashina) while their spellings are far apart
 * @param phoneticShort        similarity of shorter words whose codes agree and that start with the same letter
 *                             (rosi / rusia, brin / braun: a hint, not a match); 0 for Gene / John
 * @param skeleton             similarity of an unvocalised word and a word of the same consonants (mhmd / muhamad)
 * @param initial              similarity of an initial and a word starting with it
 * @param patronymic           similarity of two patronymics of one father's name in different forms
 * @param shortWord            similarity of two words of at most 3 letters that differ by one vowel (mid / med)
 *                             or a one-letter ending of a 3-letter word (leo / leon)
 * @param weakAliasMin         the lowest name score a weak alias counts from
 * @param weakAliasFactor      what a weak alias's name score is multiplied by
 * @param identifierBase       an identifier match makes the score {@code identifierBase + (1 - identifierBase) * score}
 * @param birthMatch           added when the birth date falls within a listed one (the only positive adjustment)
 * @param birthBase            taken off for a birth date outside every listed one, before the yearly part
 * @param birthPerYear         taken off per year between the query's birth date and the nearest listed one
 * @param birthMax             the most a birth date conflict takes off
 * @param countryMismatch      taken off when the country is not among the entity's
 * @param schemaConflict       taken off when the schemata cannot be one thing (a person and a vessel)
 * @param personVsOrganization taken off when a person is screened against an organisation, or the reverse
 * @param legalFormVsPerson    taken off when the query (no schema given) carries a legal form and the entity is a person
 * @param legalFormConflict    taken off when query and entity carry legal forms and none agrees ("X AG" / "X GmbH")
 * @param partialCap           the highest score of a name match below 1, boosts included
 * @param oneWordApproximate   relative loss when a name is found by one word alone and that word is only spelled
 *                             alike (not equal, even after folding): "Testa SpA" against "TESA", "Morin SAS"
 *                             against "Joint Stock Company Morion"; one short word one letter away is another name
 * @param oneWordTypoLength    the shortest listed word from which {@code oneWordApproximate} no longer applies: a
 *                             long word one or two letters away is a typo more often than another name
 *                             ("Rosoboronexprt")
 * @param missingSyllable      cost, per unit of IDF, of a listed person's word missing from a query written in
 *                             Hangul or Han: there every syllable is a word, and Korean lists write a two-syllable
 *                             given name apart ("KIM NAM UNG"), so "김웅" lacks half of a given name, not a
 *                             middle name
 * @param genderForm           relative loss when a listed person's surname is found only in its other gender's form
 *                             (Ivanova / IVANOV, Lebedev / LEBEDEVA: East Slavic -ov, -ev, -in take -a for a woman):
 *                             a wife, sister or brother, not the listed person
 */
record ScoringWeights(double missingListed, double missingPatronymic, double missingInitial,
                      double extraContained, int containedMinWords,
                      double wordOrder, double numberConflict, double patronymicConflict, double folded,
                      double minJaroWinkler, double phonetic, int phoneticMinLength, double phoneticMinEdit, double phoneticShort, double skeleton, double initial,
                      double patronymic, double shortWord,
                      double weakAliasMin, double weakAliasFactor,
                      double identifierBase, double birthMatch, double birthBase, double birthPerYear, double birthMax,
                      double countryMismatch, double schemaConflict, double personVsOrganization,
                      double legalFormVsPerson, double legalFormConflict, double partialCap,
                      double oneWordApproximate, int oneWordTypoLength, double missingSyllable, double genderForm) {

    /** The weights Kordon ships with. */
    static final ScoringWeights DEFAULT = new ScoringWeights(
            0.35, 0.05, 0.15,
            0.35, 2,
            0.10, 0.50, 0.15, 0.98,
            0.84, 0.85, 6, 0.75, 0.6, 0.9, 0.6,
            0.85, 0.8,
            0.95, 0.92,
            0.9, 0.02, 0.03, 0.025, 0.45,
            0.03, 0.25, 0.20,
            0.15, 0.10, 0.985,
            0.20, 10, 1.0, 0.25);

    ScoringWeights {
        unit("missingListed", missingListed);
        unit("missingPatronymic", missingPatronymic);
        unit("missingInitial", missingInitial);
        unit("extraContained", extraContained);
        if (containedMinWords < 1) {
            throw new IllegalArgumentException("containedMinWords must be at least 1, got " + containedMinWords);
        }
        unit("wordOrder", wordOrder);
        unit("numberConflict", numberConflict);
        unit("patronymicConflict", patronymicConflict);
        unit("folded", folded);
        unit("minJaroWinkler", minJaroWinkler);
        unit("phonetic", phonetic);
        if (phoneticMinLength < 1) {
            throw new IllegalArgumentException("phoneticMinLength must be at least 1, got " + phoneticMinLength);
        }
        unit("phoneticMinEdit", phoneticMinEdit);
        unit("phoneticShort", phoneticShort);
        unit("skeleton", skeleton);
        unit("initial", initial);
        unit("patronymic", patronymic);
        unit("shortWord", shortWord);
        unit("weakAliasMin", weakAliasMin);
        unit("weakAliasFactor", weakAliasFactor);
        unit("identifierBase", identifierBase);
        unit("birthMatch", birthMatch);
        unit("birthBase", birthBase);
        unit("birthPerYear", birthPerYear);
        unit("birthMax", birthMax);
        unit("countryMismatch", countryMismatch);
        unit("schemaConflict", schemaConflict);
        unit("personVsOrganization", personVsOrganization);
        unit("legalFormVsPerson", legalFormVsPerson);
        unit("legalFormConflict", legalFormConflict);
        unit("partialCap", partialCap);
        unit("oneWordApproximate", oneWordApproximate);
        if (oneWordTypoLength < 1) {
            throw new IllegalArgumentException("oneWordTypoLength must be at least 1, got " + oneWordTypoLength);
        }
        unit("missingSyllable", missingSyllable);
        unit("genderForm", genderForm);
    }

    private static void unit(String name, double v) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0,1], got " + v);
        }
    }

    /**
     * These weights with every extra query word at its whole weight ({@code extraContained} 1): for names whose
     * boundaries the caller chose (a span of a document), where a word too many means the span is wrong, not that the
     * person has a second surname ("Сбербанка Германом Грефом" is Sberbank next to Herman Gref).
     */
    ScoringWeights withExtraWordsAtFullWeight() {
        return new ScoringWeights(missingListed, missingPatronymic, missingInitial, 1.0, containedMinWords,
                wordOrder, numberConflict, patronymicConflict, folded,
                minJaroWinkler, phonetic, phoneticMinLength, phoneticMinEdit, phoneticShort, skeleton, initial,
                patronymic, shortWord, weakAliasMin, weakAliasFactor,
                identifierBase, birthMatch, birthBase, birthPerYear, birthMax,
                countryMismatch, schemaConflict, personVsOrganization,
                legalFormVsPerson, legalFormConflict, partialCap,
                oneWordApproximate, oneWordTypoLength, missingSyllable, genderForm);
    }

    /** The most secondary evidence other than an identifier can add to a name score: the pruning bound's margin. */
    double maxBoost() {
        return birthMatch;
    }

    /** The least an extra query word can cost, per unit of its weight: the pruning bound's denominator uses it. */
    double minExtraCost() {
        return Math.min(1.0, extraContained);
    }

    /** What a birth date {@code gapYears} whole years from the nearest listed one takes off (gap 0: same year). */
    double birthPenalty(int gapYears) {
        return Math.min(birthMax, birthBase + birthPerYear * Math.max(0, gapYears));
    }
}

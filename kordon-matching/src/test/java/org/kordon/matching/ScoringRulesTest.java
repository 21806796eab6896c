package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * The scorer's rules (issue 18), one test each, in real names: listed names as the lists print them, screened
 * beside the {@link Fixtures} list so that word weights are those of a list of many names.
 */
class ScoringRulesTest {
    private static final double T = Screeners.DEFAULT_THRESHOLD;
    private static final Screener S = build();

    private static Screener build() {
        List<Entity> l = new ArrayList<>(Fixtures.LIST.entities());
        l.add(Fixtures.person("zarif", "ZARIF, Mohammad Javad").birthDate(DateRange.parse("1960-01-07")).build());
        l.add(Fixtures.person("zarif-m", "ZARIF, M.").build());
        l.add(Entity.builder("emma-vessel", Schema.VESSEL).name("EMMA", NameKind.PRIMARY).source(Fixtures.SOURCE).build());
        l.add(Fixtures.person("mbs", "Muhammad bin Salman").build());
        l.add(Entity.builder("hormuz-23", Schema.VESSEL).name("IRAN HORMUZ 23", NameKind.PRIMARY).source(Fixtures.SOURCE).build());
        l.add(Fixtures.person("braun", "BRAUN, Sergey").build());
        l.add(Fixtures.person("scott", "SCOTT, David").birthDate(DateRange.parse("1945-03-02")).build());
        l.add(Fixtures.person("ivanov", "IVANOV, Sergei").build());
        l.add(Fixtures.company("rosoboronexport", "ROSOBORONEXPORT GMBH").build());
        l.add(Fixtures.person("muhamad", "MUHAMAD, Ahmed Fuad").build());
        l.add(Fixtures.company("tesa", "TESA").build());
        l.add(Fixtures.company("kremny", "KREMNY GROUP").build());
        l.add(Fixtures.company("robin-trade", "Robin Trade Limited").build());
        l.add(Fixtures.company("volgogradneftemash", "OAO VOLGOGRADNEFTEMASH").build());
        l.add(Fixtures.company("elekond", "Joint Stock Company \u2018Elekond\u2019").build());
        l.add(Fixtures.company("sequoia", "Sequoia JSC").build());
        l.add(Fixtures.company("morion", "Joint Stock Company \u201cMorion\u201d").build());
        l.add(Fixtures.person("kim-nam-ung", "KIM NAM UNG").build());
        l.add(Fixtures.person("osipov", "OSIPOV Igor Vladimirovich").build());
        l.add(Fixtures.person("ivanova", "Elena Sergeevna IVANOVA").build());
        l.add(Fixtures.person("ri-pyong-chol", "RI, Pyong Chol").build());
        l.add(Entity.builder("mak", Schema.ORGANIZATION).name("MAKHTAB AL-KHIDAMAT", NameKind.PRIMARY).name("MAK", NameKind.ALIAS)
                .source(Fixtures.SOURCE).build());
        l.add(Entity.builder("ana", Schema.ORGANIZATION).name("ALBANIAN NATIONAL ARMY", NameKind.PRIMARY).name("ANA", NameKind.ALIAS)
                .source(Fixtures.SOURCE).build());
        l.add(Fixtures.company("navis", "AO DESIGN BUREAU OF NAVIGATION SYSTEMS").build());
        l.add(Entity.builder("issp", Schema.ORGANIZATION).name("The Institute of Solid-State Physics of the Russian Academy of Sciences (ISSP)",
                NameKind.PRIMARY).source(Fixtures.SOURCE).build());
        l.add(Fixtures.person("glebova", "GLEBOVA Lyubov Nikolayevna").build());
        l.add(Fixtures.person("shubin", "Shubin Alexandr Vasilievich").build());
        l.add(Fixtures.person("semyonov", "SEMYONOV Valery Vladimirovich").build());
        l.add(Fixtures.person("nekrashevich", "NEKRASHEVICH Andrei Konstantinovich").build());
        l.add(Fixtures.person("isakov", "ISAKOV Eduard Vladimirovich").build());
        l.add(Entity.builder("alice-components", Schema.LEGAL_ENTITY).name("Alice Components Co. Ltd", NameKind.PRIMARY)
                .name("Alice Parts Co. Ltd", NameKind.ALIAS).source(Fixtures.SOURCE).build());
        return Screeners.build(new ListSnapshot(List.of(Fixtures.SOURCE), l), Algorithm.KORDON);
    }

    private static double score(Query q, String entityId) {
        return S.screen(q, 0.0, 100).stream().filter(m -> m.entity().id().equals(entityId))
                .mapToDouble(Match::score).findFirst().orElse(0.0);
    }

    private static double score(String name, String entityId) {
        return score(Query.of(name), entityId);
    }

    @Test
    void extraWords_listedPersonContainedInQuery_costLikeMissingWords() {
        double extra = score("Mohammad Javad Zarif Khonsari", "zarif");
        assertThat(extra).isGreaterThanOrEqualTo(T);
        assertThat(score("Zarif Khonsari, M.", "zarif-m")).isGreaterThan(0.6);
        // the same words missing on the listed side cost about as much
        Screener reverse = Screeners.build(new ListSnapshot(List.of(Fixtures.SOURCE),
                List.of(Fixtures.person("zk", "ZARIF KHONSARI, Mohammad Javad").build())), Algorithm.KORDON);
        double missing = reverse.screen(Query.of("Mohammad Javad Zarif"), 0.0, 1).get(0).score();
        assertThat(extra).isGreaterThan(missing - 0.1);
    }

    @Test
    void extraWords_oneWordListedNameInsideLongerQuery_isWeakEvidence() {
        assertThat(score("Emma Daniels", "emma-vessel")).isLessThan(T);
        assertThat(score("Emma Daniels", "emma")).isLessThan(T);
    }

    @Test
    void extraWords_companyWithOneMoreWord_isAnotherCompany() {
        assertThat(score("Volga Trading Group", "volga-group")).isLessThan(T);
    }

    @Test
    void missingWords_listedCompanyWithOneMoreOrganisationWord_isAnotherCompany() {
        // the same rule seen from the other side: the listed name has the generic word the query lacks
        assertThat(score("Robin SARL", "robin-trade")).isLessThan(T);
        assertThat(score("Robin Trade SARL", "robin-trade")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void wordOrder_permutationOtherThanRotation_costs() {
        assertThat(score("Muhammad bin Salman", "mbs")).isEqualTo(1.0);
        assertThat(score("Salman bin Muhammad", "mbs")).isLessThan(1.0).isLessThan(score("Muhammad bin Salman", "mbs"));
        assertThat(S.screen(Query.of("Salman bin Muhammad"), 0.0, 1).get(0).explanation().summary())
                .contains("word order differs");
    }

    @Test
    void wordOrder_surnameFirstOrGivenNameFirst_isFree() {
        assertThat(score("Vladimir Vladimirovich Putin", "putin")).isEqualTo(1.0);
        assertThat(score("PUTIN, Vladimir Vladimirovich", "putin")).isEqualTo(1.0);
    }

    @Test
    void legalForms_conflicting_cost() {
        double same = score("Rosoboronexport GmbH", "rosoboronexport");
        double other = score("Rosoboronexport AG", "rosoboronexport");
        assertThat(same).isEqualTo(1.0);
        assertThat(other).isLessThan(same - 0.05);
        assertThat(score("Rosoboronexport", "rosoboronexport")).isEqualTo(1.0); // no form given: no conflict
    }

    @Test
    void schema_personAgainstALegalEntityWhoseNameHasALegalForm_costsAsAgainstACompany() {
        // a LegalEntity may be a person or a company, but not when its own name says "Co. Ltd"
        double plain = score(Query.of("Alice Parts"), "alice-components");
        double asPerson = score(Query.of("Alice Parts").withSchema(Schema.PERSON), "alice-components");
        assertThat(asPerson).isLessThan(plain - 0.15);
        assertThat(S.screen(Query.of("Alice Paris").withSchema(Schema.PERSON), 0.0, 5)).noneMatch(m -> m.score() >= T);
        assertThat(score(Query.of("Alice Parts").withSchema(Schema.COMPANY), "alice-components")).isEqualTo(plain);
    }

    @Test
    void patronymic_surnameMadeFromAGivenName_isNotTheFathersName() {
        // Konstantinov and Vladimirova are surnames; the listed Konstantinovich and Vladimirovich are patronymics
        assertThat(score("Андрей Константинов", "nekrashevich")).isLessThan(T);
        assertThat(score("Эдуард Владимирова", "isakov")).isLessThan(T);
        assertThat(score("Андрей Константинович Некрашевич", "nekrashevich")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Eduard Vladimirovich Isakov", "isakov")).isEqualTo(1.0);
        assertThat(NameScorer.surnameForm("konstantinov")).isTrue();
        assertThat(NameScorer.surnameForm("vladimirova")).isTrue();
        assertThat(NameScorer.surnameForm("konstantinovich")).isFalse();
        assertThat(NameScorer.surnameForm("abramovic")).isFalse();
    }

    @Test
    void schema_personAgainstOrganisation_costs() {
        double plain = score(Query.of("Rosoboronexport"), "rosoboronexport");
        double asPerson = score(Query.of("Rosoboronexport").withSchema(Schema.PERSON), "rosoboronexport");
        double asLegalEntity = score(Query.of("Rosoboronexport").withSchema(Schema.LEGAL_ENTITY), "rosoboronexport");
        assertThat(asPerson).isLessThan(plain - 0.15);
        assertThat(asLegalEntity).isEqualTo(plain); // a legal entity may be a company
        assertThat(score(Query.of("Sergei Ivanov").withSchema(Schema.COMPANY), "ivanov")).isLessThan(T);
    }

    @Test
    void phonetic_shortNamesAgreeingBySound_doNotAlert() {
        assertThat(score("Sergey Brin", "braun")).isLessThan(T);
        assertThat(TokenSimilarity.similarity("olga", "oleg")).isLessThan(TokenSimilarity.PHONETIC);
        assertThat(TokenSimilarity.similarity("gene", "jon")).isZero();
    }

    @Test
    void phonetic_longRealVariants_stillMatch() {
        assertThat(TokenSimilarity.similarity("mohamed", "muhamad")).isEqualTo(TokenSimilarity.PHONETIC);
        assertThat(TokenSimilarity.similarity("catherine", "kathrin")).isEqualTo(TokenSimilarity.PHONETIC);
        assertThat(score("Ahmed Fuad Mohammed", "muhamad")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void phonetic_surnamesOfOneConsonantFrame_butOtherLetters_areOtherNames() {
        assertThat(TokenSimilarity.similarity("kolobov", "glebova")).isLessThan(TokenSimilarity.PHONETIC);
        assertThat(TokenSimilarity.similarity("gushin", "kashina")).isLessThan(TokenSimilarity.PHONETIC);
        assertThat(TokenSimilarity.similarity("osadko", "usatiuk")).isLessThan(TokenSimilarity.PHONETIC);
        assertThat(score("Любовь Колобова", "glebova")).isLessThan(T);
    }

    @Test
    void phonetic_romanisedHangul_doesNotMatchLatinSkeleton() {
        assertThat(TokenSimilarity.similarity("minsu", "mnis")).isLessThanOrEqualTo(TokenSimilarity.PHONETIC_SHORT);
    }

    @Test
    void numbers_areNeverInitials_andDifferentNumbersConflict() {
        assertThat(TokenSimilarity.similarity("2", "23")).isZero();
        assertThat(score("HORMUZ 2", "hormuz-23")).isLessThan(T);
        assertThat(score("IRAN HORMUZ 2", "hormuz-23")).isLessThan(T);
        assertThat(score("IRAN HORMUZ 23", "hormuz-23")).isEqualTo(1.0);
    }

    @Test
    void patronymics_conflicting_countAgainstMatch() {
        double other = score("Vladimir Sergeyevich Putin", "putin");
        assertThat(other).isLessThan(score("Vladimir Putin", "putin")).isLessThan(T);
    }

    @Test
    void initials_secondInitial_neverBelowOneInitial() {
        assertThat(score("V. V. Putin", "putin")).isGreaterThanOrEqualTo(score("V Putin", "putin"));
    }

    @Test
    void shortWords_oneVowelOrOneLetterEnding_matchAtLowerSimilarity() {
        assertThat(TokenSimilarity.similarity("mid", "med")).isEqualTo(TokenSimilarity.SHORT_WORD);
        assertThat(TokenSimilarity.similarity("leo", "leon")).isEqualTo(TokenSimilarity.SHORT_WORD);
        assertThat(TokenSimilarity.similarity("kim", "kin")).isZero(); // a consonant
        assertThat(TokenSimilarity.similarity("ali", "eli")).isZero(); // the first letter
        assertThat(TokenSimilarity.similarity("al", "el")).isZero(); // two letters
    }

    @Test
    void birthDate_decadesApart_doesNotAlertOnFullName() {
        assertThat(score(Query.of("David Scott").withBirthDate(PartialDate.ofYear(1999)), "scott")).isLessThan(T);
        assertThat(score(Query.of("David Scott").withBirthDate(PartialDate.ofYear(1946)), "scott")).isGreaterThan(0.9);
        assertThat(score(Query.of("David Scott").withBirthDate(PartialDate.ofYear(1947)), "scott")).isGreaterThan(0.85);
    }

    @Test
    void birthDate_penalty_growsWithTheGap() {
        ScoringWeights w = ScoringWeights.DEFAULT;
        assertThat(w.birthPenalty(0)).isLessThan(w.birthPenalty(1));
        assertThat(w.birthPenalty(1)).isLessThan(w.birthPenalty(5));
        assertThat(w.birthPenalty(5)).isLessThan(w.birthPenalty(10));
        assertThat(w.birthPenalty(54)).isEqualTo(w.birthMax());
    }

    @Test
    void folding_exactSpellingScoresOne_foldedSpellingBelow() {
        assertThat(score("Sergei Ivanov", "ivanov")).isEqualTo(1.0);
        assertThat(score("Sergey Ivanov", "ivanov")).isLessThan(1.0).isGreaterThan(0.97);
        List<Match> r = S.screen(Query.of("Sergey Ivanov"), 0.0, 1);
        assertThat(r.get(0).explanation().summary()).contains("spelled sergey not sergei");
    }

    @Test
    void korean_otherSchemesOfOneName_alertBelowTheListedSpelling() {
        // listed as "KIM, Jong Un" and in Hangul 김정은 (romanised as the lists write Korean names: Kim Chong Un)
        assertThat(score("Kim Chong-un", "kim-jong-un")).isGreaterThanOrEqualTo(T);
        assertThat(score("Gim Jeong Eun", "kim-jong-un")).isGreaterThanOrEqualTo(T).isLessThan(1.0);
        assertThat(score("Lee Byong Chol", "ri-pyong-chol")).isGreaterThanOrEqualTo(T);
        assertThat(score("Kim Jong Un", "kim-jong-un")).isEqualTo(1.0);
    }

    @Test
    void explanation_everyRuleStillAddsUpToTheScore() {
        for (Query q : List.of(Query.of("Salman bin Muhammad"), Query.of("Vladimir Sergeyevich Putin"),
                Query.of("Sergey Ivanov").withSchema(Schema.COMPANY), Query.of("Rosoboronexport AG"),
                Query.of("Mohammad Javad Zarif Khonsari").withBirthDate(PartialDate.ofYear(1980)))) {
            for (Match m : S.screen(q, 0.0, 5)) {
                double sum = m.explanation().contributions().stream().mapToDouble(Contribution::delta).sum();
                assertThat(sum).as(m.explanation().summary()).isCloseTo(m.score(), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Test
    void oneWord_foundOnlySpelledAlike_isWeakEvidence() {
        assertThat(score("Testa SpA", "tesa")).isLessThan(T);
        assertThat(score("Morin SAS", "morion")).isLessThan(T);
        assertThat(S.screen(Query.of("Testa SpA"), 0.0, 1).get(0).explanation().summary())
                .contains("found by one word only spelled alike");
        // the listed word itself still alerts
        assertThat(score("Tesa SpA", "tesa")).isGreaterThanOrEqualTo(T);
        assertThat(score("Morion JSC", "morion")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void oneWord_spelledWithLettersRomanisationsInterchange_isStillTheName() {
        assertThat(score("JSC Elecond", "elekond")).isGreaterThanOrEqualTo(T);
        assertThat(score("АКЦИОНЕРНОЕ ОБЩЕСТВО \u2018СЕКВОЙЯ\u2019", "sequoia")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void oneWord_shortListedNameOnlyFoldedAlike_isAnotherName() {
        assertThat(score("Maak UG", "mak")).isLessThan(T);
        assertThat(score("ООО Анна", "ana")).isLessThan(T);
        assertThat(score("MAK", "mak")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void brackets_aTrailingAcronymOnEitherSide_isAnAlternative_notAMissingWord() {
        assertThat(score("Design Bureau of Navigation Systems (NAVIS)", "navis")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Institute of Solid-State Physics of the Russian Academy of Sciences", "issp")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("NAVIS", "navis")).isLessThan(T); // the acronym alone is not filed as a name
    }

    @Test
    void oneWord_organisationWordsBeside_doNotCorroborate() {
        assertThat(score("Cremin Group", "kremny")).isLessThan(T);
        assertThat(score("Kremny Group", "kremny")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void oneWord_longWordOnlyPhoneticallyAlike_isAnotherName() {
        assertThat(score("АО ВолгоградСбытТрейдПром", "volgogradneftemash")).isLessThan(T);
    }

    @Test
    void oneWord_longWordMistyped_isStillATypo() {
        assertThat(score("Rosoboronexprt", "rosoboronexport")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void syllabicScript_missingListedSyllable_costsItsWholeWeight() {
        // 김웅 (Kim Ung) lacks half of the given name Nam Ung
        assertThat(score("김웅", "kim-nam-ung")).isLessThan(T);
        assertThat(score("김남웅", "kim-nam-ung")).isGreaterThanOrEqualTo(T);
        // in Latin script a missing word is a missing middle name, as before
        assertThat(score("Kim Ung", "kim-nam-ung")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void genderForm_surnameInTheOtherGendersForm_isAnotherPerson() {
        assertThat(score("Igor Osipova", "osipov")).isLessThan(T);
        assertThat(score("Елена Иванов", "ivanova")).isLessThan(T);
        assertThat(S.screen(Query.of("Igor Osipova"), 0.0, 1).get(0).explanation().summary())
                .contains("name in the other gender's form");
        // the listed form, in either script, still alerts
        assertThat(score("Igor Osipov", "osipov")).isGreaterThanOrEqualTo(T);
        assertThat(score("Елена Иванова", "ivanova")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void genderForm_givenNameInTheOtherGendersForm_isAnotherPerson() {
        assertThat(score("Александра Шубин", "shubin")).isLessThan(T);
        assertThat(score("Valeria Semyonov", "semyonov")).isLessThan(T);
        assertThat(score("Alexandr Shubin", "shubin")).isGreaterThanOrEqualTo(T);
        // one name in two spellings, not two genders
        assertThat(NameScorer.genderForms("ibrahima", "ibrahim")).isFalse();
    }

    @Test
    void weights_pruningMarginIsDerived_andBadWeightsAreRefusedByName() {
        assertThat(ScoringWeights.DEFAULT.maxBoost()).isEqualTo(ScoringWeights.DEFAULT.birthMatch());
        assertThat(ScoringWeights.DEFAULT.minExtraCost()).isEqualTo(ScoringWeights.DEFAULT.extraContained());
        assertThatThrownBy(() -> new ScoringWeights(0.35, 0.05, 0.15, 1.5, 2, 0.1, 0.5, 0.15, 0.98, 0.84, 0.85, 6, 0.75,
                0.6, 0.9, 0.6, 0.85, 0.8, 0.95, 0.92, 0.9, 0.02, 0.03, 0.025, 0.45, 0.03, 0.25, 0.2, 0.15, 0.1, 0.985, 0.2, 10, 1.0, 0.25))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extraContained");
    }
}

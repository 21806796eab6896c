package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.model.Schema;

/** The analysis chain's rules, one test a rule, in real names. */
class AnalysisRulesTest {
    private static final NameAnalyzer A = NameAnalyzer.DEFAULT;

    private static List<String> tokens(String name) {
        return A.analyze(name).tokens();
    }

    // --- Korean names in McCune-Reischauer, Revised Romanization and common spellings

    @Test
    void korean_mcCuneReischauerAndRevisedRomanization_areOneName() {
        assertThat(tokens("Kim Chong Un")).isEqualTo(tokens("KIM, Jong Un"));
        assertThat(tokens("Gim Jeong Eun")).isEqualTo(tokens("Kim Jong Un"));
        assertThat(tokens("Lee Byong Chol")).isEqualTo(tokens("RI, Pyong Chol"));
        assertThat(tokens("Yi Pyong-chol")).isEqualTo(tokens("RI, Pyong Chol"));
    }

    @Test
    void korean_onlyWhenEveryWordIsAKoreanSyllable() {
        assertThat(tokens("Tom Hanks")).containsExactly("tom", "hanks");
        assertThat(tokens("Pak")).containsExactly("pak");
        assertThat(tokens("Tang Pan")).containsExactly("tang", "pan"); // pinyin: no Korean surname, t and p stay
        assertThat(tokens("Chong Pak Lee Industries")).doesNotContain("jong");
        assertThat(KoreanNames.foldName(List.of("kim", "chong", "un"))).containsExactly("gim", "jong", "un");
        assertThat(KoreanNames.foldName(List.of("muhammad", "bin", "salman"))).containsExactly("muhammad", "bin", "salman");
        assertThat(tokens("YUN, Cheng")).containsExactly("iun", "cheng"); // two syllables: as often Chinese
    }

    // --- Arabic and Persian particles

    @Test
    void particles_binIbnBen_areOneWord() {
        assertThat(tokens("Muhammad bin Salman")).containsExactly("muhamad", "bin", "salman");
        assertThat(tokens("Mohammed ibn Salman")).containsExactly("mohamed", "bin", "salman");
        assertThat(tokens("Zine el-Abidine Ben Ali")).contains("bin");
    }

    @Test
    void particles_binStaysAWord_soBinSalmanIsNotSalman() {
        assertThat(tokens("Muhammad bin Salman")).hasSize(3).isNotEqualTo(tokens("Muhammad Salman"));
    }

    @Test
    void particles_abuAbouAbi_areOneWord() {
        assertThat(tokens("Abou Mohamed al-Adnani")).startsWith("abu");
        assertThat(tokens("Ali ibn Abi Talib")).containsExactly("ali", "bin", "abu", "talib");
    }

    @Test
    void particles_assimilatedArticles_areTheArticle() {
        assertThat(tokens("Ayman az-Zawahiri")).isEqualTo(tokens("Ayman al-Zawahiri"))
                .containsExactly("aiman", "al", "zavahiri");
        assertThat(tokens("Salah ad-Din")).containsExactly("salah", "al", "din");
        assertThat(tokens("Abd ar-Rahman")).isEqualTo(tokens("Abd al-Rahman"));
        assertThat(tokens("Jabhat an-Nusra")).isEqualTo(tokens("Jabhat al-Nusra"));
    }

    @Test
    void particles_articleElAndAl_areOneWord() {
        assertThat(tokens("Zine el-Abidine")).isEqualTo(tokens("Zine al Abidine"));
    }

    @Test
    void particles_assimilatedArticleOnlyBeforeItsConsonant_turkishAsStaysALegalForm() {
        assertThat(A.analyze("Deniz Nakliyat AS").legalForms()).containsExactly("jsc");
        assertThat(tokens("Ad Dawah Trading")).isEqualTo(tokens("Al Dawah Trading"));
        assertThat(tokens("Ad Mahdi")).startsWith("ad");
    }

    @Test
    void particles_abdelAbdalAbdol_areAbdul() {
        assertThat(tokens("Abdelaziz Bouteflika"))
                .isEqualTo(tokens("Abdulaziz Bouteflika"))
                .isEqualTo(tokens("Abdoulaziz Bouteflika"))
                .containsExactly("abdulaziz", "buteflika");
        assertThat(tokens("Abdel Aziz")).isEqualTo(tokens("Abdul Aziz")).containsExactly("abdul", "aziz");
        assertThat(tokens("Abdolreza")).isEqualTo(tokens("Abdulreza"));
    }

    @Test
    void particles_keepTheNumberOfWords_soWordOrderAndTyposCostWhatTheyDid() {
        assertThat(tokens("Abd al-Aziz")).containsExactly("abd", "al", "aziz");
        assertThat(tokens("Aziz al-Abd")).containsExactlyInAnyOrder("abd", "al", "aziz");
        assertThat(tokens("Adbelaziz")).hasSize(1);
    }

    @Test
    void particles_abdullah_allSpellingsOfTheOneWord() {
        assertThat(tokens("Abdullah"))
                .isEqualTo(tokens("Abdallah"))
                .isEqualTo(tokens("Abdulla"))
                .isEqualTo(tokens("Abdollah"))
                .isEqualTo(tokens("Abdellah"))
                .isEqualTo(tokens("عبدالله"))
                .containsExactly("abdalah");
        assertThat(tokens("Abd Allah")).isEqualTo(tokens("عبد الله")).containsExactly("abd", "alah");
    }

    @Test
    void particles_allahEndings_areOneSpelling() {
        assertThat(tokens("Hassan Nasrallah"))
                .isEqualTo(tokens("Hassan Nasrullah"))
                .isEqualTo(tokens("Hassan Nasrollah"))
                .containsExactly("hasan", "nasralah");
        assertThat(tokens("Mullah Omar")).containsExactly("omar");
        assertThat(tokens("Salah Shehadeh")).startsWith("salah");
    }

    @Test
    void particles_arabicScriptAllah_isNotTheArticleAndLh() {
        assertThat(ScriptTransliterator.toLatin("نصرالله")).isEqualTo("nsrallah");
        assertThat(ScriptTransliterator.toLatin("حسن نصر الله")).isEqualTo("hsn nsr allah");
        assertThat(tokens("حسن نصرالله")).containsExactly("hsn", "nsralah");
    }

    @Test
    void particles_persianEzafe_isNotAnInitial() {
        assertThat(tokens("Bank-e Melli Iran")).isEqualTo(tokens("Bank Melli Iran")).containsExactly("bank", "meli", "iran");
        assertThat(tokens("Daneshgah-ye Tehran")).isEqualTo(tokens("Tehran University").reversed());
        assertThat(tokens("John E. Smith")).contains("e");
    }

    // --- legal forms

    @Test
    void legalForms_translationsOfOneForm_haveOneCode() {
        assertThat(A.analyze("OOO Romashka").legalForms())
                .isEqualTo(A.analyze("Romashka LLC").legalForms())
                .isEqualTo(A.analyze("ООО Ромашка").legalForms())
                .isEqualTo(A.analyze("Obshchestvo s ogranichennoy otvetstvennostyu Romashka").legalForms())
                .isEqualTo(A.analyze("ТОО Ромашка").legalForms())
                .isEqualTo(A.analyze("Romashka LLP").legalForms())
                .isEqualTo(A.analyze("ТАА Ромашка").legalForms())
                .containsExactly("llc");
        assertThat(A.analyze("AO Almaz").legalForms()).isEqualTo(A.analyze("АО Алмаз").legalForms())
                .isEqualTo(A.analyze("Almaz JSC").legalForms()).isEqualTo(A.analyze("ZAO Almaz").legalForms())
                .containsExactly("jsc");
        assertThat(A.analyze("PAO Sberbank").legalForms()).isEqualTo(A.analyze("ПАО Сбербанк").legalForms())
                .isEqualTo(A.analyze("Sberbank PJSC").legalForms()).isEqualTo(A.analyze("OAO Sberbank").legalForms())
                .containsExactly("pjsc");
    }

    @Test
    void legalForms_differentForms_haveDifferentCodes() {
        assertThat(A.analyze("Siemens AG").legalForms()).containsExactly("jsc");
        assertThat(A.analyze("Siemens GmbH").legalForms()).containsExactly("llc");
        assertThat(A.analyze("Sberbank PJSC").legalForms()).isNotEqualTo(A.analyze("Sberbank JSC").legalForms());
    }

    @Test
    void legalForms_gapsOfVersionOne_areFilled() {
        assertThat(A.analyze("Bank Audi S.A.L.").tokens()).containsExactly("bank", "audi");
        assertThat(A.analyze("Bank Audi SAL").legalForms()).containsExactly("jsc");
        assertThat(A.analyze("Caritas VZW").legalForms()).containsExactly("npo");
        assertThat(A.analyze("Cong ty TNHH Hai Long").legalForms()).containsExactly("llc");
        assertThat(A.analyze("Công ty TNHH Hải Long").tokens()).containsExactly("hai", "long");
        assertThat(A.analyze("Корпорация Тактическое ракетное вооружение").legalForms()).containsExactly("corp");
        assertThat(A.analyze("Emirates Trading FZE").legalForms()).containsExactly("llc");
        assertThat(A.analyze("Gulf Star DMCC").legalForms()).containsExactly("llc");
        assertThat(A.analyze("Deniz Nakliyat Anonim Sirketi").legalForms()).containsExactly("jsc");
        assertThat(A.analyze("Beijing Kunlun Youxian Gongsi").legalForms()).containsExactly("llc");
    }

    @Test
    void legalForms_neverDroppedFromAPersonsName_surnameSa() {
        AnalyzedName person = A.analyze("Sá Carneiro", Schema.PERSON);
        assertThat(person.tokens()).containsExactly("sa", "carneiro");
        assertThat(person.legalForms()).isEmpty();
        assertThat(A.analyze("Antonio Sá", Schema.PERSON).tokens()).containsExactly("antonio", "sa");
        assertThat(A.analyze("Banco Carneiro SA", Schema.COMPANY).tokens()).containsExactly("banco", "carneiro");
    }

    // --- abbreviations, generations

    @Test
    void dottedAbbreviation_ofThreeOrMoreLetters_isOneWord() {
        assertThat(tokens("A.B.C. Trading")).containsExactly("abc", "trading");
        assertThat(tokens("R.E.N.T.A.L")).containsExactly("rental");
    }

    @Test
    void initialsWrittenApart_stayInitials() {
        assertThat(tokens("V. V. Putin")).containsExactly("v", "v", "putin");
        assertThat(tokens("V.V. Putin")).containsExactly("v", "v", "putin");
    }

    @Test
    void generationalNumber_endingAName_isDroppedAsATitle() {
        AnalyzedName a = A.analyze("John Davison Rockefeller III");
        assertThat(a.tokens()).isEqualTo(tokens("John Davison Rockefeller"));
        assertThat(a.titles()).containsExactly("iii");
        assertThat(tokens("Henry Ford II Holdings")).containsExactly("henri", "ford", "2", "holdings");
    }

    @Test
    void juniorAndSenior_areTitles() {
        assertThat(tokens("Robert Downey Jr.")).isEqualTo(tokens("Robert Downey")).hasSize(2);
        assertThat(A.analyze("Hank Williams Sr").titles()).containsExactly("sr");
    }

    // --- organisation words

    @Test
    void organisationWords_machineBuilding_isOneWordInEveryLanguage() {
        assertThat(tokens("Machine-Building Plant"))
                .isEqualTo(tokens("Mashinostroitelny Zavod"))
                .isEqualTo(tokens("Машиностроительный завод"))
                .isEqualTo(tokens("Machinery Factory"))
                .containsExactly("machineri", "plant");
    }

    @Test
    void organisationWords_scientificResearchInstitute_isOneNameInRussianAndEnglish() {
        assertThat(tokens("Nauchno-Issledovatelsky Institut"))
                .isEqualTo(tokens("Научно-исследовательский институт"))
                .isEqualTo(tokens("Scientific Research Institute"));
    }

    @Test
    void organisationWords_scientificProduction_isResearchAndProduction() {
        assertThat(tokens("Scientific Production Association Almaz"))
                .isEqualTo(tokens("Research and Production Association Almaz"))
                .isEqualTo(tokens("Научно-производственное объединение Алмаз"));
    }

    @Test
    void organisationWords_ministryAndShipping_inRussianAndPersian() {
        assertThat(tokens("Министерство обороны")).isEqualTo(tokens("Ministry of Defence"));
        assertThat(tokens("Kashtirani-ye Jomhuri-ye Eslami-ye Iran"))
                .containsExactlyInAnyOrderElementsOf(tokens("Islamic Republic of Iran Shipping"));
        assertThat(tokens("Morskoy Torgovy Port")).isEqualTo(tokens("Maritime Trade Port"));
    }

    @Test
    void organisationWords_plantFactoryWorksKombinat_areOneWord() {
        assertThat(tokens("Ural Works")).isEqualTo(tokens("Ural Kombinat"))
                .isEqualTo(tokens("Ural Factory")).isEqualTo(tokens("Ural Zavod"));
    }

    @Test
    void organisationWords_englishPlurals_areTheWord() {
        assertThat(tokens("Admiralty Shipyard")).isEqualTo(tokens("Admiralty Shipyards"));
        assertThat(tokens("United Machine-Building Plants")).isEqualTo(tokens("United Machine-Building Plant"));
        assertThat(tokens("Scientific Research Centres")).isEqualTo(tokens("Scientific Research Center"));
    }

    // --- romanisation schemes

    @Test
    void romanisation_germanTsch_isCh() {
        assertThat(tokens("Gennadi Timtschenko")).isEqualTo(tokens("Gennady Timchenko"));
        assertThat(tokens("Juri Kowaltschuk")).element(1).isEqualTo(tokens("Yury Kovalchuk").get(1));
    }

    @Test
    void romanisation_germanJ_isYInRussianNamesOnly() {
        assertThat(tokens("Jakowlew")).isEqualTo(tokens("Yakovlev"));
        assertThat(tokens("Jurij")).isEqualTo(tokens("Yuriy"));
        assertThat(tokens("Jewgenij")).isEqualTo(tokens("Yevgeniy"));
        assertThat(tokens("Wiktor Janukowytsch")).isEqualTo(tokens("Viktor Yanukovych"));
        assertThat(tokens("Sergej")).isEqualTo(tokens("Sergei"));
        assertThat(tokens("Jawad")).isNotEqualTo(tokens("Yawad"));
        assertThat(tokens("Jamal")).isEqualTo(tokens("Dzhamal"));
    }

    @Test
    void romanisation_germanName_everyWordReadGerman_evenWithoutAMarkOfItsOwn() {
        // "Juri" and "Pjotr" carry no German ending, but their names' patronymics do
        assertThat(tokens("Juri Walentinowitsch Kowaltschuk")).isEqualTo(tokens("Yuriy Valentinovich Kovalchuk"));
        assertThat(tokens("Pjotr Olegowitsch Tolstoj")).isEqualTo(tokens("Pyotr Olegovich Tolstoy"));
        assertThat(tokens("Wladimir Michajlowitsch Dschabarow")).isEqualTo(tokens("Vladimir Mikhailovich Dzhabarov"));
        assertThat(tokens("Julija Nikolajewna")).isEqualTo(tokens("Yuliya Nikolayevna"));
        assertThat(tokens("Juri Smith")).isNotEqualTo(tokens("Yuri Smith")); // no German word: an English Juri stays j
    }

    @Test
    void romanisation_frenchName_ieGuChAndChtch_readAsFrenchTransliterationWritesThem() {
        assertThat(tokens("Iekaterina Vassilievna Terechtchenko")).isEqualTo(tokens("Ekaterina Vasilyevna Tereshchenko"));
        assertThat(tokens("Sergueï Ievguenievitch Lagodiouk")).isEqualTo(tokens("Sergey Evgenyevich Lagodiuk"));
        assertThat(tokens("Nikita Ievguenievitch Stassichin")).isEqualTo(tokens("Nikita Evgenievich Stasishin"));
        assertThat(tokens("Konstantin Vladimirovitch Ivachtchenko")).isEqualTo(tokens("Konstantin Vladimirovich Ivashchenko"));
        assertThat(tokens("Guido Bianchi")).isNotEqualTo(tokens("Gido Biansi")); // no French word: gu and ch stay
    }

    @Test
    void romanisation_wadeGilesHs_isPinyinX_andXStaysKsForAleksandr() {
        assertThat(tokens("Hsi Chin-ping").get(0)).isEqualTo(tokens("Xi Jinping").get(0));
        assertThat(tokens("Alexander")).isEqualTo(tokens("Aleksander"));
        assertThat(tokens("Hsn")).containsExactly("hsn");
    }

    // --- Han and Hangul

    @Test
    void connectingWordI_isNotTheGivenNameYi() {
        assertThat(tokens("Wang Yi")).hasSize(2).isEqualTo(tokens("王毅"));
    }

    @Test
    void han_companyName_isSegmentedIntoWordsAndLosesItsLegalForm() {
        AnalyzedName huawei = A.analyze("华为技术有限公司");
        assertThat(huawei.tokens()).isEqualTo(tokens("Huawei Technologies Co., Ltd.")).containsExactly("huavei", "technologies");
        assertThat(huawei.legalForms()).containsExactly("llc");
        assertThat(A.analyze("中兴通讯股份有限公司").legalForms()).containsExactly("jsc");
    }

    @Test
    void han_personName_keepsSurnameAndJoinedGivenName() {
        assertThat(ScriptTransliterator.toLatin("习近平")).isEqualTo("xi jinping");
        assertThat(tokens("习近平")).isEqualTo(tokens("Xi Jinping"));
    }

    @Test
    void hangul_personName_isWrittenAsListsWriteKoreanNames() {
        assertThat(ScriptTransliterator.toLatin("김정은")).isEqualTo("kim jongun");
        assertThat(ScriptTransliterator.toLatin("박봉주")).isEqualTo("pak pongju");
        assertThat(ScriptTransliterator.toLatin("최룡해")).isEqualTo("choe ryonghae");
    }

    @Test
    void hangul_everySyllableKeepsItsVowel() {
        assertThat(ScriptTransliterator.toLatin("민수")).isEqualTo("min su");
    }
}

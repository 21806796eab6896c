package org.kordon.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalIdCheckTest {
    // published examples: IIN 811201401188 and BIN 971240001315 (github.com/mi7ter/inn-validate README),
    // IIN 850407301166 (credy/yii2-kz-personalid README: born 1985-04-07, male)
    @Test
    void kazakhIin_publishedExamples_areValid() {
        assertThat(NationalIdCheck.kazakhIin("811201401188").valid()).isTrue();
        assertThat(NationalIdCheck.kazakhIin("850407301166").valid()).isTrue();
    }

    @Test
    void kazakhBin_publishedExample_isValid() {
        assertThat(NationalIdCheck.kazakhBin("971240001315").valid()).isTrue();
    }

    @Test
    void kazakhIin_wrongCheckDigit_saysGivenAndExpected() {
        // 9*1 + 1*2 + 0*3 + 4*4 + 0*5 + 2*6 + 3*7 + 0*8 + 0*9 + 1*10 + 2*11 = 92; 92 mod 11 = 4
        NationalIdCheck.Result r = NationalIdCheck.kazakhIin("910402300123");
        assertThat(r.valid()).isFalse();
        assertThat(r.problem()).isEqualTo("IIN 910402300123: check digit 3, expected 4");
        assertThat(NationalIdCheck.kazakhIin("910402300124").valid()).isTrue();
    }

    @Test
    void kazakhBin_wrongCheckDigit_saysGivenAndExpected() {
        assertThat(NationalIdCheck.kazakhBin("971240001314").problem()).isEqualTo("BIN 971240001314: check digit 4, expected 5");
    }

    @Test
    void kazakhIin_firstWeightingGivesTen_usesSecondWeighting() {
        // weights 1..11 give 120 mod 11 = 10; weights 3..11,1,2 give 104 mod 11 = 5
        assertThat(NationalIdCheck.kazakhIin("910402300605").valid()).isTrue();
        assertThat(NationalIdCheck.kazakhIin("910402300600").problem()).isEqualTo("IIN 910402300600: check digit 0, expected 5");
    }

    @Test
    void kazakhIin_bothWeightingsGiveTen_isNeverIssued() {
        // weights 1..11 give 208 mod 11 = 10; weights 3..11,1,2 give 120 mod 11 = 10
        for (int last = 0; last <= 9; last++) {
            NationalIdCheck.Result r = NationalIdCheck.kazakhIin("91040230068" + last);
            assertThat(r.valid()).isFalse();
            assertThat(r.problem()).contains("no check digit exists");
        }
    }

    @Test
    void kazakhIin_separators_areIgnored() {
        NationalIdCheck.Result r = NationalIdCheck.kazakhIin(" 811201 401188 ");
        assertThat(r.valid()).isTrue();
        assertThat(r.number()).isEqualTo("811201401188");
        assertThat(NationalIdCheck.kazakhIin("811-201-401-188").valid()).isTrue();
    }

    @Test
    void kazakhIin_wrongLength_saysDigitCount() {
        assertThat(NationalIdCheck.kazakhIin("81120140118").problem()).isEqualTo("IIN 81120140118: 11 digits, expected 12");
        assertThat(NationalIdCheck.kazakhIin("81120140118X").problem()).isEqualTo("IIN 81120140118X: not 12 digits");
    }

    @Test
    void kazakhIin_impossibleBirthDate_isInvalid() {
        // 1981-02-30 does not exist, whatever the check digit
        assertThat(NationalIdCheck.kazakhIin("810230401188").problem()).isEqualTo("IIN 810230401188: birth date 810230 (YYMMDD) is not a date");
    }

    @Test
    void kazakhIin_centuryDigit_decidesLeapYear() {
        // 29 Feb 2000 exists (digit 7 = 5: born 2000-2099), 29 Feb 1900 does not (digit 7 = 3: born 1900-1999)
        assertThat(NationalIdCheck.kazakhIin("000229500000").problem()).doesNotContain("birth date");
        assertThat(NationalIdCheck.kazakhIin("000229300000").problem()).contains("birth date 000229");
    }

    @Test
    void kazakhIin_centuryDigitOutsideOneToSix_isInvalid() {
        assertThat(NationalIdCheck.kazakhIin("811201701188").problem()).isEqualTo("IIN 811201701188: digit 7 is 7, expected a century and sex digit 1-6");
    }

    @Test
    void kazakhBin_individualEntrepreneur_mayUseIinStructure() {
        assertThat(NationalIdCheck.kazakhBin("811201401188").valid()).isTrue();
    }

    @Test
    void kazakhBin_entityTypeOutsideFourToSix_isInvalid() {
        assertThat(NationalIdCheck.kazakhBin("971230001315").problem()).isEqualTo("BIN 971230001315: digit 5 is 3, expected an entity type 4-6");
    }

    @Test
    void kazakhBin_registrationMonthThirteen_isInvalid() {
        assertThat(NationalIdCheck.kazakhBin("971340001315").problem()).startsWith("BIN 971340001315: month 13");
    }

    @Test
    void kyrgyzInn_personWithRealBirthDate_isValid() {
        assertThat(NationalIdCheck.kyrgyzInn("21505198000511").valid()).isTrue();
        assertThat(NationalIdCheck.kyrgyzInn("1 1505 1980 00511").valid()).isTrue();
    }

    @Test
    void kyrgyzInn_personWithImpossibleBirthDate_isInvalid() {
        assertThat(NationalIdCheck.kyrgyzInn("23002198000511").problem()).isEqualTo("KG-INN 23002198000511: birth date 30021980 (DDMMYYYY) is not a date");
    }

    @Test
    void kyrgyzInn_organisation_checksLengthOnly() {
        assertThat(NationalIdCheck.kyrgyzInn("00512199710034").valid()).isTrue();
        assertThat(NationalIdCheck.kyrgyzInn("0051219971003").problem()).isEqualTo("KG-INN 0051219971003: 13 digits, expected 14");
    }

    @Test
    void forScheme_namesTheRuleBySchemeAndLength() {
        assertThat(NationalIdCheck.forScheme("KZ-BIN", "971240001314").problem()).startsWith("BIN ");
        assertThat(NationalIdCheck.forScheme("iin", "910402300123").problem()).startsWith("IIN ");
        assertThat(NationalIdCheck.forScheme("KG-INN", "0051219971003").problem()).startsWith("KG-INN ");
        assertThat(NationalIdCheck.forScheme("INN", "23002198000511").problem()).startsWith("KG-INN ");
    }

    @Test
    void forScheme_otherSchemesAndRussianInn_haveNoRuleHere() {
        assertThat(NationalIdCheck.forScheme("INN", "7707083893")).isNull();
        assertThat(NationalIdCheck.forScheme("OGRN", "1027700132195")).isNull();
        assertThat(NationalIdCheck.forScheme("GB-COH", "00000006")).isNull();
    }
}

package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** IMO ship numbers and IMO company numbers: check digits of real numbers from the lists and the vessel data. */
class ImoNumberTest {
    @Test
    void parse_ofacLindaInEveryWrittenForm_givesSameNumber() {
        // OFAC SDN 34941 LINDA: "Vessel Registration Identification IMO 9256858"
        assertThat(ImoNumber.parse("IMO 9256858").value()).isEqualTo("9256858");
        assertThat(ImoNumber.parse("9256858")).isEqualTo(ImoNumber.parse("imo:9256858"));
        assertThat(ImoNumber.parse(" IMO9256858 ").toString()).isEqualTo("IMO 9256858");
    }

    @Test
    void parse_realListedTankers_checkDigitsValid() {
        // EU Annex XLII "Neer 1", OFAC ARTAVIL, OFAC LINDA
        assertThat(ImoNumber.isValid("9224283")).isTrue();
        assertThat(ImoNumber.isValid("9187629")).isTrue();
        assertThat(ImoNumber.checkDigit("9256858")).isEqualTo(8);
    }

    @Test
    void parse_wrongCheckDigit_rejectedQuotingValueAndExpectedDigit() {
        assertThatThrownBy(() -> ImoNumber.parse("9256859"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid IMO number '9256859': check digit is 8, not 9");
    }

    @Test
    void parse_sixDigits_rejectedAsNotAnImoNumber() {
        assertThatThrownBy(() -> ImoNumber.parse("IMO 925685"))
                .hasMessageContaining("not an IMO number: 'IMO 925685'");
    }

    @Test
    void parse_nonAsciiDigitsOrLetters_rejected() {
        assertThat(ImoNumber.isValid("92568５8")).isFalse();
        assertThat(ImoNumber.isValid("MMSI 9256858")).isFalse();
        assertThat(ImoNumber.isValid("")).isFalse();
        assertThat(ImoNumber.isValid(null)).isFalse();
    }

    @Test
    void parse_hugeInput_messageCutShort() {
        String huge = "9".repeat(100_000);
        assertThatThrownBy(() -> ImoNumber.parse(huge)).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void companyNumber_rechmortransFromVesselData_valid() {
        // companies.csv: 5731768 RECHMORTRANS LTD; OFAC: "Company Number IMO 5055293"
        assertThat(ImoCompanyNumber.parse("IMO 5731768").value()).isEqualTo("5731768");
        assertThat(ImoCompanyNumber.isValid("imo:5055293")).isTrue();
        assertThat(ImoCompanyNumber.checkDigit("5731768")).isEqualTo(8);
    }

    @Test
    void companyNumber_wrongCheckDigit_rejectedQuotingValue() {
        assertThatThrownBy(() -> ImoCompanyNumber.parse("5731769"))
                .hasMessage("invalid IMO company number '5731769': check digit is 8, not 9");
    }

    @Test
    void companyNumber_sumModElevenIsOne_checkDigitZero() {
        // 000008: 8 x 7 = 56, 56 mod 11 = 1, (11 - 1) mod 10 = 0
        assertThat(ImoCompanyNumber.isValid("0000080")).isTrue();
        assertThat(ImoCompanyNumber.checkDigit("0000102")).isEqualTo(2);
    }

    @Test
    void shipAndCompanySchemes_differ() {
        assertThat(ImoNumber.isValid("5731768")).isFalse();
    }
}

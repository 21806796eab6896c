package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.model.DateRange;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

class SecondaryEvidenceTest {
    @Test
    void birthGapYears_withinRange_isMinusOne() {
        assertThat(SecondaryEvidence.birthGapYears(PartialDate.ofYear(1961), List.of(DateRange.parse("1960..1962")))).isEqualTo(-1);
        assertThat(SecondaryEvidence.birthGapYears(PartialDate.parse("1952-10-07"), List.of(DateRange.parse("1952")))).isEqualTo(-1);
        assertThat(SecondaryEvidence.birthGapYears(PartialDate.ofYear(1952), List.of(DateRange.parse("1952-10-07")))).isEqualTo(-1);
    }

    @Test
    void birthGapYears_circa_widensByAYear() {
        assertThat(SecondaryEvidence.birthGapYears(PartialDate.ofYear(1961), List.of(DateRange.parse("~1960")))).isEqualTo(-1);
    }

    @Test
    void birthGapYears_outside_isYearsApart() {
        assertThat(SecondaryEvidence.birthGapYears(PartialDate.ofYear(1975), List.of(DateRange.parse("1952-10-07")))).isEqualTo(23);
        assertThat(SecondaryEvidence.birthGapYears(PartialDate.parse("1952-05-01"), List.of(DateRange.parse("1952-10-07")))).isZero();
        assertThat(SecondaryEvidence.birthGapYears(PartialDate.ofYear(1950), List.of(DateRange.parse("1960"), DateRange.parse("1951")))).isEqualTo(1);
    }

    @Test
    void formKey_romanisationsOfOneForm_agree() {
        assertThat(SecondaryEvidence.formKey("obschestvo s ogranichennoi otvetstvennostiu"))
                .isEqualTo(SecondaryEvidence.formKey("obshchestvo s ogranichennoy otvetstvennostyu"));
        assertThat(SecondaryEvidence.formKey("ag")).isNotEqualTo(SecondaryEvidence.formKey("gmbh"));
    }

    @Test
    void personVersusOrganization_eitherWayRound_butNotLegalEntity() {
        assertThat(SecondaryEvidence.personVersusOrganization(Schema.PERSON, Schema.COMPANY)).isTrue();
        assertThat(SecondaryEvidence.personVersusOrganization(Schema.ORGANIZATION, Schema.PERSON)).isTrue();
        assertThat(SecondaryEvidence.personVersusOrganization(Schema.PERSON, Schema.LEGAL_ENTITY)).isFalse();
        assertThat(SecondaryEvidence.personVersusOrganization(Schema.LEGAL_ENTITY, Schema.PERSON)).isFalse();
        assertThat(SecondaryEvidence.personVersusOrganization(Schema.COMPANY, Schema.PUBLIC_BODY)).isFalse();
    }
}

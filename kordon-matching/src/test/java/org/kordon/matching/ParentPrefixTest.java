package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParentPrefixTest {
    private static final NameAnalyzer A = NameAnalyzer.DEFAULT;

    @Test
    void subsidiaryWrittenAfterItsParent_isReadAlsoAlone() {
        // as the UK list writes the members of the Tactical Missiles Corporation
        assertThat(ParentPrefix.without("Tactical Missile Company, Joint Stock Company Avangard", A))
                .isEqualTo("Joint Stock Company Avangard");
        assertThat(ParentPrefix.without("Tactical Missile Corporation, 711 Aircraft Repair Plant", A))
                .isEqualTo("711 Aircraft Repair Plant");
        assertThat(ParentPrefix.without("Tactical Missile Corporation, Concern “MPO – Gidropribor”", A))
                .isEqualTo("Concern “MPO – Gidropribor”");
        assertThat(ParenthesisedPart.forms("Tactical Missile Company, PJSC “MBDB “ISKRA” (MBDB ISKRA)", A)).containsExactly(
                "Tactical Missile Company, PJSC “MBDB “ISKRA” (MBDB ISKRA)", "Tactical Missile Company, PJSC “MBDB “ISKRA”",
                "PJSC “MBDB “ISKRA”");
    }

    @Test
    void personsLegalFormsAndBranches_areLeftWhole() {
        assertThat(ParentPrefix.without("IVANOV, Sergei", A)).isNull();
        assertThat(ParentPrefix.without("BANIHASHEMI CHAHAROM, Seyed Mohammad", A)).isNull();
        assertThat(ParentPrefix.without("ROSOBORONEXPORT OAO, JSC", A)).isNull();
        assertThat(ParentPrefix.without("Bank Melli Iran, Hamburg Branch", A)).isNull();
        assertThat(ParentPrefix.without("Alfa Trading Company, Almaty", A)).isNull();
        assertThat(ParentPrefix.without("Design Bureau (Navigation, Systems) Plant", A)).isNull();
        assertThat(ParenthesisedPart.forms("Vladimir Putin", A)).isEqualTo(List.of("Vladimir Putin"));
    }

    @Test
    void screening_subsidiaryFoundUnderItsOwnName() {
        Screener s = Screeners.build(new org.kordon.model.ListSnapshot(List.of(Fixtures.SOURCE),
                List.of(Fixtures.company("avangard", "JOINT STOCK COMPANY AVANGARD").build(),
                        Fixtures.company("ktrv", "TACTICAL MISSILES CORPORATION JSC").build())), Algorithm.KORDON);
        List<Match> m = s.screen(Query.of("Tactical Missile Corporation, Joint Stock Company Avangard"), 0.5, 5);
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).entity().id()).isEqualTo("avangard");
        assertThat(m.get(0).score()).isGreaterThanOrEqualTo(Screeners.DEFAULT_THRESHOLD);
    }
}

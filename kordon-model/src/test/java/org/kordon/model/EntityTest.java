package org.kordon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTest {
    private static final SourceRef SRC = new SourceRef("ofac-sdn", "2024-05-03");

    @Test
    void builder_collapsesWhitespaceAndDropsDuplicates() {
        Entity e = Entity.builder("ofac-sdn:35096", Schema.PERSON)
                .name("PUTIN,  Vladimir\u00A0Vladimirovich", NameKind.PRIMARY)
                .name("PUTIN, Vladimir Vladimirovich", NameKind.PRIMARY)
                .nationality("Russia")
                .source(SRC)
                .build();
        assertThat(e.names()).extracting(Name::value).containsExactly("PUTIN, Vladimir Vladimirovich");
        assertThat(e.nationalities()).containsExactly("ru");
        assertThat(e.caption()).isEqualTo("PUTIN, Vladimir Vladimirovich");
    }

    @Test
    void entityWithoutName_isRejectedNamingTheId() {
        assertThatThrownBy(() -> Entity.builder("un:QDi.001", Schema.PERSON).source(SRC).build())
                .hasMessageContaining("un:QDi.001");
    }

    @Test
    void name_isNfcNormalised() {
        assertThat(Name.of("Jose\u0301", NameKind.ALIAS).value()).isEqualTo("José");
    }

    @Test
    void schema_compatibility_personIsNotVessel() {
        assertThat(Schema.PERSON.compatibleWith(Schema.LEGAL_ENTITY)).isTrue();
        assertThat(Schema.PERSON.compatibleWith(Schema.VESSEL)).isFalse();
        assertThat(Schema.parse("Individual")).isEqualTo(Schema.PERSON);
    }

    @Test
    void schema_parse_ftmAirplaneIsAircraft() {
        assertThat(Schema.parse("Airplane")).isEqualTo(Schema.AIRCRAFT);
        assertThat(Schema.parse("Aircraft")).isEqualTo(Schema.AIRCRAFT);
    }

    @Test
    void identifier_normalizedValue_ignoresSeparatorsAndImoPrefix() {
        assertThat(Identifier.of(IdType.IMO, "IMO 9256858").normalizedValue()).isEqualTo("9256858");
        assertThat(Identifier.of(IdType.TAX_ID, "77-0718-4426").normalizedValue()).isEqualTo("7707184426");
    }

    @Test
    void countries_recogniseNamesAndCodes() {
        assertThat(Countries.toCode("Russian Federation")).isEqualTo("ru");
        assertThat(Countries.toCode("KZ")).isEqualTo("kz");
        assertThat(Countries.toCode("Atlantis")).isNull();
    }

    @Test
    void programs_areCollectedFromAllSanctions() {
        Entity e = Entity.builder("x", Schema.COMPANY).name("A", NameKind.PRIMARY).source(SRC)
                .sanction(new Sanction("OFAC", List.of("RUSSIA-EO14024", "UKRAINE-EO13662"), null, null, null))
                .sanction(new Sanction("OFAC", List.of("RUSSIA-EO14024"), null, "block", null))
                .build();
        assertThat(e.programs()).containsExactly("RUSSIA-EO14024", "UKRAINE-EO13662");
    }
}

package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
    @Test
    void of_name_hasNoSecondaryData() {
        Query q = Query.of("Vladimir Putin");
        assertThat(q.schema()).isNull();
        assertThat(q.identifiers()).isEmpty();
    }

    @Test
    void new_blankName_namesTheField() {
        assertThatThrownBy(() -> Query.of("  ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> Query.of(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void new_country_isLowerCasedAndChecked() {
        assertThat(Query.of("x").withCountry("RU").country()).isEqualTo("ru");
        assertThatThrownBy(() -> Query.of("x").withCountry("Russia")).hasMessageContaining("country").hasMessageContaining("russia");
    }

    @Test
    void new_identifiers_dropBlanksAndNulls() {
        assertThat(Query.of("x").withIdentifiers(Arrays.asList("IMO 1", null, " ")).identifiers()).isEqualTo(List.of("IMO 1"));
    }
}

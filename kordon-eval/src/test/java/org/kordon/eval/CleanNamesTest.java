package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

class CleanNamesTest {
    @Test
    void generated_peopleInManyScripts_eachWithABirthDateAndCountry() {
        List<EvalCase> people = CleanNames.generated(CleanNames.LOCALES.size() * 20, 0, 7);
        assertThat(people).hasSize(CleanNames.LOCALES.size() * 20).allSatisfy(c -> {
            assertThat(c.category()).isEqualTo("clean-person");
            assertThat(c.positive()).isFalse();
            assertThat(c.birthDate().year()).isBetween(CleanNames.BORN_FROM, CleanNames.BORN_TO);
            assertThat(c.country()).hasSize(2);
        });
        Set<Character.UnicodeScript> scripts = people.stream()
                .map(c -> Character.UnicodeScript.of(c.query().codePointAt(0))).collect(Collectors.toSet());
        assertThat(scripts).contains(Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC,
                Character.UnicodeScript.ARABIC, Character.UnicodeScript.HAN, Character.UnicodeScript.HANGUL,
                Character.UnicodeScript.HEBREW, Character.UnicodeScript.GEORGIAN, Character.UnicodeScript.ARMENIAN,
                Character.UnicodeScript.THAI);
        assertThat(people.stream().map(EvalCase::country).distinct()).hasSize(CleanNames.LOCALES.size());
    }

    @Test
    void generated_sameSeed_sameNames() {
        assertThat(CleanNames.generated(60, 40, 3)).isEqualTo(CleanNames.generated(60, 40, 3));
    }

    @Test
    void generated_companiesHaveACountryAndNoBirthDate() {
        assertThat(CleanNames.generated(0, 52, 1)).hasSize(52).allSatisfy(c -> {
            assertThat(c.category()).isEqualTo("clean-company");
            assertThat(c.schema()).isEqualTo(Schema.COMPANY);
            assertThat(c.birthDate()).isNull();
            assertThat(c.country()).isNotNull();
        });
    }

    @Test
    void congress_takesMembersFromTheCongressListOnly_withTheirBirthDates() {
        Entity member = Entity.builder("os:1", Schema.PERSON).source(new SourceRef(CleanNames.CONGRESS_LIST, null))
                .name("Jennifer L. McClellan", NameKind.PRIMARY)
                .birthDate(new DateRange(PartialDate.ofYear(1972), PartialDate.ofYear(1972), false)).build();
        Entity listed = Entity.builder("eu:1", Schema.PERSON).source(new SourceRef("eu", null))
                .name("PUTIN, Vladimir", NameKind.PRIMARY).build();
        assertThat(CleanNames.congress(List.of(member, listed))).singleElement().satisfies(c -> {
            assertThat(c.query()).isEqualTo("Jennifer L. McClellan");
            assertThat(c.birthDate()).isEqualTo(PartialDate.ofYear(1972));
            assertThat(c.country()).isEqualTo("us");
            assertThat(c.category()).isEqualTo("clean-congress");
        });
    }
}

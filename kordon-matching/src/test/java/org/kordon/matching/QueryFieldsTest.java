package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/** {@link QueryFields}: a subject is screened on its valid fields, and each field left out is named. */
class QueryFieldsTest {
    /** A row of alternating column names and values; an empty value reads as null, as the CSV readers give it. */
    private static QueryFields.Subject read(String... pairs) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1].isEmpty() ? null : pairs[i + 1]);
        }
        return QueryFields.read(row::get, () -> "line:9");
    }

    @Test
    void read_allFieldsValid_nothingIgnored() {
        QueryFields.Subject s = read("id", "q1", "name", "Vladimir Putin", "schema", "person", "birth_date", "1952-10-07",
                "country", "RU", "identifier", "P123");
        assertThat(s.query()).isEqualTo(new Query("q1", "Vladimir Putin", Schema.PERSON, new PartialDate(1952, 10, 7), "ru",
                java.util.List.of("P123")));
        assertThat(s.ignored()).isEmpty();
        assertThat(s.idReplaced()).isFalse();
        assertThat(s.explain("name 1.00")).isEqualTo("name 1.00");
    }

    @Test
    void read_monthThirteenAndUnknownCountry_screenedOnNameWithBothNamed() {
        QueryFields.Subject s = read("id", "q7", "name", "Ivan Petrov", "birth_date", "1948-13-16", "country", "zz");
        assertThat(s.query().name()).isEqualTo("Ivan Petrov");
        assertThat(s.query().birthDate()).isNull();
        assertThat(s.query().country()).isNull();
        assertThat(s.ignored()).containsExactly("ignored birth_date '1948-13-16' (month 13)",
                "ignored country 'zz' (not an ISO 3166-1 alpha-2 code such as ru or kz)");
        assertThat(s.explain("name 0.95")).isEqualTo("name 0.95; ignored birth_date '1948-13-16' (month 13); "
                + "ignored country 'zz' (not an ISO 3166-1 alpha-2 code such as ru or kz)");
    }

    @Test
    void read_unknownSchema_ignoredAndNamed() {
        QueryFields.Subject s = read("id", "q1", "name", "Ivan Petrov", "schema", "Persn");
        assertThat(s.query().schema()).isNull();
        assertThat(s.ignored()).containsExactly("ignored schema 'Persn' (not Person, Organization, Company, LegalEntity, Vessel or Aircraft)");
    }

    @Test
    void read_unpaddedDate_readAsTheOnlyDateItCanBe() {
        QueryFields.Subject s = read("id", "q2", "name", "Ivan Petrov", "birth_date", "1962-8-20");
        assertThat(s.query().birthDate()).isEqualTo(new PartialDate(1962, 8, 20));
        assertThat(s.ignored()).isEmpty();
    }

    @Test
    void read_emptyId_takesTheCallersStandIn() {
        QueryFields.Subject s = read("id", "", "name", "Ivan Petrov");
        assertThat(s.query().id()).isEqualTo("line:9");
        assertThat(s.idReplaced()).isTrue();
    }

    @Test
    void read_noUsableName_refusedNamingTheField() {
        assertThatThrownBy(() -> read("id", "q1", "name", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field name is empty");
        assertThatThrownBy(() -> read("id", "q1", "name", "---")).hasMessage("field name: '---' has no letter or digit to screen");
        assertThatThrownBy(() -> read("id", "q1", "name", "x".repeat(QueryFields.MAX_NAME_CHARS + 1)))
                .hasMessage("field name: 1,001 characters, at most 1,000 in a name");
    }

    @Test
    void read_fieldReaderThrows_passedOn() {
        assertThatThrownBy(() -> QueryFields.read(c -> {
            throw new IllegalArgumentException("has 7 fields but the header has 6");
        }, () -> "line:2")).hasMessage("has 7 fields but the header has 6");
    }

    @Test
    void birthDate_eachReasonSaidAlone() {
        assertThat(QueryFields.birthDate("1952")).isEqualTo(PartialDate.ofYear(1952));
        assertThat(QueryFields.birthDate("1952-10")).isEqualTo(new PartialDate(1952, 10, 0));
        assertThatThrownBy(() -> QueryFields.birthDate("1952-02-30")).hasMessage("no day 30 in 1952-02");
        assertThatThrownBy(() -> QueryFields.birthDate("20.08.1962")).hasMessage("not YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> QueryFields.birthDate("0999")).hasMessage("year 0999 outside 1000..2999");
        assertThatThrownBy(() -> QueryFields.birthDate("1952-0")).hasMessage("month 0");
    }

    @Test
    void read_kazakhBinWithWrongCheckDigit_ignoredAndNamedNameStillScreened() {
        QueryFields.Subject s = read("id", "q2", "name", "Altyn Trade LLP", "country", "kz", "identifier", "BIN 971240001314");

        assertThat(s.query().identifiers()).isEmpty();
        assertThat(s.query().name()).isEqualTo("Altyn Trade LLP");
        assertThat(s.query().country()).isEqualTo("kz");
        assertThat(s.ignored()).containsExactly("ignored identifier 'BIN 971240001314' (BIN 971240001314: check digit 4, expected 5)");
        assertThat(s.explain("name 0.97")).isEqualTo("name 0.97; ignored identifier 'BIN 971240001314' (BIN 971240001314: check digit 4, expected 5)");
    }

    @Test
    void read_validKazakhBin_keptExactlyAsWritten() {
        QueryFields.Subject s = read("name", "Altyn Trade LLP", "identifier", "KZ-BIN: 971240001315");

        assertThat(s.query().identifiers()).containsExactly("KZ-BIN: 971240001315");
        assertThat(s.ignored()).isEmpty();
    }

    @Test
    void identifierProblem_labelledKazakhAndKyrgyzNumbers_checked() {
        assertThat(QueryFields.identifierProblem("IIN 910402300123")).isEqualTo("IIN 910402300123: check digit 3, expected 4");
        assertThat(QueryFields.identifierProblem("ИИН 910402300123")).isEqualTo("IIN 910402300123: check digit 3, expected 4");
        assertThat(QueryFields.identifierProblem("kz-iin 8112 0140 1188")).isNull();
        assertThat(QueryFields.identifierProblem("KG-INN 23002198000511"))
                .isEqualTo("KG-INN 23002198000511: birth date 30021980 (DDMMYYYY) is not a date");
        assertThat(QueryFields.identifierProblem("INN 23002198000511"))
                .isEqualTo("KG-INN 23002198000511: birth date 30021980 (DDMMYYYY) is not a date");
        assertThat(QueryFields.identifierProblem("KG-INN 0051219971003")).isEqualTo("KG-INN 0051219971003: 13 digits, expected 14");
    }

    @Test
    void identifierProblem_unlabelledOrOtherSchemes_notChecked() {
        assertThat(QueryFields.identifierProblem("971240001314")).isNull(); // twelve digits alone: maybe a Russian INN
        assertThat(QueryFields.identifierProblem("INN 7707083893")).isNull(); // a Russian INN
        assertThat(QueryFields.identifierProblem("KG-BIN 971240001314")).isNull();
        assertThat(QueryFields.identifierProblem("P123")).isNull();
        assertThat(QueryFields.identifierProblem("BINGO 971240001314")).isNull();
    }
}

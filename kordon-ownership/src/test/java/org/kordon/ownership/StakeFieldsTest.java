package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stakes.csv row's fields to a stake, or the first bad field named: the reading every door shares. */
class StakeFieldsTest {
    private static Map<String, String> row(String... kv) {
        Map<String, String> m = new HashMap<>(Map.of("owner_id", "X3", "owned_id", "B3", "type", "shareholding"));
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void fullRow_givesTheStake() {
        Stake s = StakeFields.parse(row("share_min", "10", "share_max", "25.5", "start", "2022-03-01", "end", "2024-01-01")::get);
        assertThat(s).isEqualTo(new Stake("X3", "B3", Share.between(10, 25.5), StakeType.SHAREHOLDING, LocalDate.of(2022, 3, 1),
                LocalDate.of(2024, 1, 1)));
    }

    @Test
    void emptyShares_areUnknown_emptyDatesOpen() {
        Stake s = StakeFields.parse(row("type", "appointmentOfBoard")::get);
        assertThat(s.share().isUnknown()).isTrue();
        assertThat(s.start()).isNull();
        assertThat(s.end()).isNull();
    }

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "owner_id|''|owner_id|field owner_id is empty",
            "owned_id|X3|owned_id|field owned_id: 'X3' owns itself",
            "share_min|ten|share_min|field share_min: not a number: 'ten'",
            "share_max|101|share_max|field share_max: a share must be between 0 and 100, got 101",
            "type|ownsALot|type|field type must be shareholding, votingRights, appointmentOfBoard or otherInfluenceOrControl, got 'ownsALot'",
            "start|2022-13-01|start|field start: not an ISO date (YYYY-MM-DD): '2022-13-01'"})
    void badField_isNamedWithWhatIsWrong(String field, String value, String named, String message) {
        Map<String, String> m = row(field, value);
        if (value.isEmpty()) {
            m.remove(field);
        }
        assertThatThrownBy(() -> StakeFields.parse(m::get)).isInstanceOfSatisfying(StakeFields.BadField.class, e -> {
            assertThat(e.field()).isEqualTo(named);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void minAboveMax_andEndNotAfterStart_nameTheFirstField() {
        assertThatThrownBy(() -> StakeFields.parse(row("share_min", "60", "share_max", "40")::get))
                .hasMessage("field share_min: 60 is above share_max 40");
        assertThatThrownBy(() -> StakeFields.parse(row("start", "2024-01-01", "end", "2024-01-01")::get))
                .hasMessage("field end: 2024-01-01 is not after start 2024-01-01");
    }
}

package org.kordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that moves a held payment with the decisions on its alerts. */
class PaymentStatusTest {
    @Test
    void of_noDecisionYet_isAsScreened() {
        assertThat(PaymentStatus.of("hold", List.of(AlertStatus.OPEN))).isEqualTo(PaymentStatus.HELD);
        assertThat(PaymentStatus.of("block", List.of(AlertStatus.OPEN, AlertStatus.OPEN))).isEqualTo(PaymentStatus.BLOCKED);
    }

    @Test
    void of_someFalsePositivesOneStillOpen_staysBlocked() {
        assertThat(PaymentStatus.of("block", List.of(AlertStatus.FALSE_POSITIVE, AlertStatus.OPEN))).isEqualTo(PaymentStatus.BLOCKED);
    }

    @Test
    void of_everyAlertFalsePositive_isReleased() {
        assertThat(PaymentStatus.of("block", List.of(AlertStatus.FALSE_POSITIVE, AlertStatus.FALSE_POSITIVE)))
                .isEqualTo(PaymentStatus.RELEASED);
    }

    @Test
    void of_anyTrueMatch_isRejectedWhateverTheOthers() {
        assertThat(PaymentStatus.of("hold", List.of(AlertStatus.FALSE_POSITIVE, AlertStatus.TRUE_MATCH))).isEqualTo(PaymentStatus.REJECTED);
        assertThat(PaymentStatus.of("hold", List.of(AlertStatus.OPEN, AlertStatus.TRUE_MATCH))).isEqualTo(PaymentStatus.REJECTED);
    }

    @Test
    void of_escalatedOrClosedAlert_neverReleases() {
        assertThat(PaymentStatus.of("hold", List.of(AlertStatus.FALSE_POSITIVE, AlertStatus.ESCALATED))).isEqualTo(PaymentStatus.HELD);
        assertThat(PaymentStatus.of("hold", List.of(AlertStatus.FALSE_POSITIVE, AlertStatus.CLOSED))).isEqualTo(PaymentStatus.HELD);
    }

    @Test
    void of_noAlertAtAll_unreadableMessage_staysHeld() {
        assertThat(PaymentStatus.of("hold", List.of())).isEqualTo(PaymentStatus.HELD);
    }

    @Test
    void of_releaseVerdict_isRefused() {
        assertThatThrownBy(() -> PaymentStatus.of("release", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'release'");
    }
}

package dev.tandem.delayrisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The early warning is sent once per crossing of the threshold, not at every recomputation. */
class WarningStateTests {

    @Test
    void crossingNotifiesOnceStayingAboveDoesNotDroppingAndCrossingAgainDoes() {
        WarningState s = WarningState.next(false, 0.65, 0.6);
        assertThat(s).isEqualTo(new WarningState(true, true));
        s = WarningState.next(s.above(), 0.9, 0.6);
        assertThat(s).isEqualTo(new WarningState(true, false));
        s = WarningState.next(s.above(), 0.4, 0.6);
        assertThat(s).isEqualTo(new WarningState(false, false));
        s = WarningState.next(s.above(), 0.6, 0.6);
        assertThat(s).isEqualTo(new WarningState(true, true));
    }

    @Test
    void belowTheThresholdNothingIsSent() {
        assertThat(WarningState.next(false, 0.59, 0.6)).isEqualTo(new WarningState(false, false));
    }
}

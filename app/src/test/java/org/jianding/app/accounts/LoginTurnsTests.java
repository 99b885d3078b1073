package org.jianding.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The login storm's turns: handed out one check interval apart after the server's own backlog, so that re-sent logins
 * come back at the rate the checks take them; the interval follows the measured checks, and an odd one cannot throw it.
 */
class LoginTurnsTests {

    private static final long MS = 1_000_000L;

    private final AtomicLong now = new AtomicLong(1_000_000 * MS);

    @Test
    void turnsAreOneIntervalApartAfterTheBacklogInTheServer() {
        LoginTurns turns = new LoginTurns(2, now::get);
        turns.checked(80 * MS); // two at once: one every 40 ms
        assertThat(turns.intervalNanos()).isEqualTo(40 * MS);

        // 10 running or queued in the server: the first turn is after them
        LoginTurns.Turn first = turns.next(10);
        assertThat(first.millis()).isEqualTo(11 * 40);
        assertThat(first.ahead()).isEqualTo(10);
        LoginTurns.Turn second = turns.next(10);
        assertThat(second.millis()).isEqualTo(12 * 40);
        assertThat(second.ahead()).isEqualTo(11);
        assertThat(turns.outstanding()).isTrue();

        // time passes and the server's backlog is down to 2: the next turn follows the last one given
        now.addAndGet(200 * MS);
        assertThat(turns.next(2).millis()).isEqualTo(13 * 40 - 200);
        // a backlog in the server that ends later than the last turn comes first
        assertThat(turns.next(20).millis()).isEqualTo(21 * 40);

        // once every turn has come and the server is idle, a new turn is one interval away
        now.addAndGet(10_000 * MS);
        assertThat(turns.outstanding()).isFalse();
        assertThat(turns.next(0).millis()).isEqualTo(40);
    }

    @Test
    void theIntervalFollowsTheChecksButOneOddCheckMovesItLittle() {
        LoginTurns turns = new LoginTurns(1, now::get);
        assertThat(turns.intervalNanos()).isEqualTo(LoginTurns.FIRST_GUESS_NANOS);
        turns.checked(70 * MS);
        assertThat(turns.intervalNanos()).isEqualTo(70 * MS);
        // a check held for 30 s counts as at most four times the mean: 0.9 × 70 + 0.1 × 280
        turns.checked(30_000 * MS);
        assertThat(turns.intervalNanos()).isEqualTo(91 * MS);
        for (int i = 0; i < 100; i++) {
            turns.checked(50 * MS);
        }
        assertThat(turns.intervalNanos() / (double) MS).isBetween(49.9, 50.1);
    }
}

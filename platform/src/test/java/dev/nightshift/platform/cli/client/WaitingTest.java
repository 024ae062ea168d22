package dev.nightshift.platform.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pauses of a wait, on a settable clock that each pause advances. */
class WaitingTest {
  private final SettableClock clock = new SettableClock();
  private final List<Duration> pauses = new ArrayList<>();

  private Waiting waiting(Duration timeout) {
    return new Waiting(timeout, "the run goes on on the server", clock, pause -> {
      pauses.add(pause);
      clock.now = clock.now.plus(pause);
    }, null);
  }

  @Test
  void pauses_double_up_to_the_longest_while_nothing_changes() throws Exception {
    Waiting waiting = waiting(null);
    for (int i = 0; i < 8; i++) {
      waiting.pause(false);
    }

    assertThat(pauses).extracting(Duration::toMillis)
        .containsExactly(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L);
  }

  @Test
  void progress_makes_the_next_pause_short_again() throws Exception {
    Waiting waiting = waiting(null);
    waiting.pause(false);
    waiting.pause(false);
    waiting.pause(false);
    waiting.pause(true);
    waiting.pause(false);

    assertThat(pauses).extracting(Duration::toMillis).containsExactly(200L, 400L, 800L, 200L, 400L);
  }

  @Test
  void the_deadline_shortens_the_last_pause_and_then_ends_the_wait() throws Exception {
    Waiting waiting = waiting(Duration.ofSeconds(1));
    waiting.pause(false);
    waiting.pause(false);
    waiting.pause(false);

    assertThat(pauses).extracting(Duration::toMillis).containsExactly(200L, 400L, 400L);
    assertThatThrownBy(() -> waiting.pause(false))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessage("gave up waiting after 1s; the run goes on on the server");
  }

  @Test
  void timeouts_are_read_in_seconds_minutes_hours_days_or_iso_8601() {
    WaitOptions.DurationConverter converter = new WaitOptions.DurationConverter();

    assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(converter.convert("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(converter.convert("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(converter.convert("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(converter.convert("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
    assertThatThrownBy(() -> converter.convert("soon")).hasMessageContaining("'soon' is not a duration");
    assertThatThrownBy(() -> converter.convert("0s")).hasMessageContaining("longer than zero");
  }

  private static final class SettableClock extends Clock {
    Instant now = Instant.parse("2026-12-04T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

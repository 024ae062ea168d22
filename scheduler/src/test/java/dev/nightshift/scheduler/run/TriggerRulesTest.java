package dev.nightshift.scheduler.run;

import static dev.nightshift.scheduler.dag.TriggerRule.*;
import static dev.nightshift.scheduler.run.TaskState.*;
import static dev.nightshift.scheduler.run.TriggerDecision.RUN;
import static dev.nightshift.scheduler.run.TriggerDecision.SKIP;
import static dev.nightshift.scheduler.run.TriggerDecision.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scheduler.dag.TriggerRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerRulesTest {

  private static TriggerDecision eval(TriggerRule rule, TaskState... upstream) {
    return TriggerRules.evaluate(rule, List.of(upstream));
  }

  @Test
  void a_task_without_upstream_runs_whatever_its_rule() {
    for (TriggerRule rule : TriggerRule.values()) {
      assertThat(eval(rule)).as(rule.fileName()).isEqualTo(RUN);
    }
  }

  @Test
  void all_success_runs_when_all_succeeded_fails_early_and_propagates_skips() {
    assertThat(eval(ALL_SUCCESS, SUCCESS, SUCCESS)).isEqualTo(RUN);
    assertThat(eval(ALL_SUCCESS, SUCCESS, RUNNING)).isEqualTo(WAIT);
    assertThat(eval(ALL_SUCCESS, FAILED, RUNNING)).isEqualTo(TriggerDecision.UPSTREAM_FAILED);
    assertThat(eval(ALL_SUCCESS, UPSTREAM_FAILED, SUCCESS))
        .isEqualTo(TriggerDecision.UPSTREAM_FAILED);
    assertThat(eval(ALL_SUCCESS, SKIPPED, SUCCESS)).isEqualTo(SKIP);
    assertThat(eval(ALL_SUCCESS, UP_FOR_RETRY, SUCCESS)).isEqualTo(WAIT);
  }

  @Test
  void all_failed_runs_when_all_failed_and_skips_on_any_success_or_skip() {
    assertThat(eval(ALL_FAILED, FAILED, UPSTREAM_FAILED)).isEqualTo(RUN);
    assertThat(eval(ALL_FAILED, FAILED, RUNNING)).isEqualTo(WAIT);
    assertThat(eval(ALL_FAILED, FAILED, SUCCESS)).isEqualTo(SKIP);
    assertThat(eval(ALL_FAILED, FAILED, SKIPPED)).isEqualTo(SKIP);
  }

  @Test
  void all_done_runs_once_every_upstream_finished_whatever_the_outcome() {
    assertThat(eval(ALL_DONE, SUCCESS, FAILED, SKIPPED, UPSTREAM_FAILED)).isEqualTo(RUN);
    assertThat(eval(ALL_DONE, SUCCESS, QUEUED)).isEqualTo(WAIT);
  }

  @Test
  void one_success_runs_at_the_first_success() {
    assertThat(eval(ONE_SUCCESS, SUCCESS, RUNNING)).isEqualTo(RUN);
    assertThat(eval(ONE_SUCCESS, FAILED, RUNNING)).isEqualTo(WAIT);
    assertThat(eval(ONE_SUCCESS, FAILED, SKIPPED)).isEqualTo(TriggerDecision.UPSTREAM_FAILED);
    assertThat(eval(ONE_SUCCESS, SKIPPED, SKIPPED)).isEqualTo(SKIP);
  }

  @Test
  void one_failed_runs_at_the_first_failure_and_skips_when_none_failed() {
    assertThat(eval(ONE_FAILED, FAILED, RUNNING)).isEqualTo(RUN);
    assertThat(eval(ONE_FAILED, UPSTREAM_FAILED, RUNNING)).isEqualTo(RUN);
    assertThat(eval(ONE_FAILED, SUCCESS, RUNNING)).isEqualTo(WAIT);
    assertThat(eval(ONE_FAILED, SUCCESS, SKIPPED)).isEqualTo(SKIP);
  }

  @Test
  void none_failed_runs_after_successes_and_skips() {
    assertThat(eval(NONE_FAILED, SUCCESS, SKIPPED)).isEqualTo(RUN);
    assertThat(eval(NONE_FAILED, SKIPPED, SKIPPED)).isEqualTo(RUN);
    assertThat(eval(NONE_FAILED, SUCCESS, RUNNING)).isEqualTo(WAIT);
    assertThat(eval(NONE_FAILED, FAILED, RUNNING)).isEqualTo(TriggerDecision.UPSTREAM_FAILED);
  }

  @Test
  void none_failed_min_one_success_needs_a_success_and_skips_when_all_skipped() {
    assertThat(eval(NONE_FAILED_MIN_ONE_SUCCESS, SUCCESS, SKIPPED)).isEqualTo(RUN);
    assertThat(eval(NONE_FAILED_MIN_ONE_SUCCESS, SKIPPED, SKIPPED)).isEqualTo(SKIP);
    assertThat(eval(NONE_FAILED_MIN_ONE_SUCCESS, SUCCESS, RUNNING)).isEqualTo(WAIT);
    assertThat(eval(NONE_FAILED_MIN_ONE_SUCCESS, UPSTREAM_FAILED, SUCCESS))
        .isEqualTo(TriggerDecision.UPSTREAM_FAILED);
  }

  @Test
  void always_runs_even_before_upstream_finished() {
    assertThat(eval(ALWAYS, RUNNING, SCHEDULED)).isEqualTo(RUN);
    assertThat(eval(ALWAYS, FAILED)).isEqualTo(RUN);
  }
}

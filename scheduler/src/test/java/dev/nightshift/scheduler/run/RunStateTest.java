package dev.nightshift.scheduler.run;

import static dev.nightshift.scheduler.run.TaskState.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunStateTest {

  @Test
  void a_run_with_an_unfinished_task_is_running() {
    assertThat(RunState.of(List.of(SUCCESS, UP_FOR_RETRY), List.of(UP_FOR_RETRY)))
        .isEqualTo(RunState.RUNNING);
    assertThat(RunState.of(List.of(SCHEDULED, QUEUED), List.of(QUEUED)))
        .isEqualTo(RunState.RUNNING);
    assertThat(RunState.of(List.of(FAILED, RUNNING), List.of(RUNNING)))
        .isEqualTo(RunState.RUNNING);
  }

  @Test
  void a_finished_run_with_a_failed_or_upstream_failed_leaf_failed() {
    assertThat(RunState.of(List.of(SUCCESS, FAILED), List.of(FAILED))).isEqualTo(RunState.FAILED);
    assertThat(RunState.of(List.of(FAILED, UPSTREAM_FAILED), List.of(UPSTREAM_FAILED)))
        .isEqualTo(RunState.FAILED);
  }

  @Test
  void a_failed_task_whose_leaf_ran_anyway_does_not_fail_the_run() {
    // extract fails, the cleanup leaf runs with trigger rule all_done and succeeds
    assertThat(RunState.of(List.of(FAILED, SUCCESS), List.of(SUCCESS)))
        .isEqualTo(RunState.SUCCESS);
  }

  @Test
  void a_finished_run_of_successes_and_skips_succeeded() {
    assertThat(RunState.of(List.of(SUCCESS, SKIPPED), List.of(SKIPPED)))
        .isEqualTo(RunState.SUCCESS);
    assertThat(RunState.of(List.of(SKIPPED), List.of(SKIPPED))).isEqualTo(RunState.SUCCESS);
  }
}

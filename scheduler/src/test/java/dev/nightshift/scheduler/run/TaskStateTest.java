package dev.nightshift.scheduler.run;

import static dev.nightshift.scheduler.run.TaskState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskStateTest {

  // Written out independently of the enum so that every cell is checked against intent.
  private static final Map<TaskState, Set<TaskState>> ALLOWED = Map.of(
      SCHEDULED, EnumSet.of(QUEUED, UPSTREAM_FAILED, SKIPPED, SUCCESS, FAILED),
      QUEUED, EnumSet.of(RUNNING, FAILED, UPSTREAM_FAILED, SKIPPED, SUCCESS),
      RUNNING, EnumSet.of(SUCCESS, FAILED, UP_FOR_RETRY),
      UP_FOR_RETRY, EnumSet.of(QUEUED, SUCCESS, FAILED),
      SUCCESS, EnumSet.of(SCHEDULED, FAILED),
      FAILED, EnumSet.of(SCHEDULED, SUCCESS),
      UPSTREAM_FAILED, EnumSet.of(SCHEDULED, SUCCESS, FAILED),
      SKIPPED, EnumSet.of(SCHEDULED, SUCCESS, FAILED));

  static Stream<Arguments> everyCell() {
    return Stream.of(values()).flatMap(from -> Stream.of(values())
        .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
  }

  @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
  @MethodSource("everyCell")
  void the_transition_table_allows_exactly_the_intended_moves(
      TaskState from, TaskState to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }

  @Test
  void a_forbidden_move_names_both_states() {
    assertThatThrownBy(() -> SUCCESS.checkMoveTo(RUNNING, "TaskInstance(dag=d, run=r, task=t)"))
        .isInstanceOf(IllegalStateTransitionException.class)
        .hasMessage("TaskInstance(dag=d, run=r, task=t) cannot move from success to running")
        .satisfies(e -> {
          assertThat(((IllegalStateTransitionException) e).from()).isEqualTo(SUCCESS);
          assertThat(((IllegalStateTransitionException) e).to()).isEqualTo(RUNNING);
        });
  }

  @Test
  void a_retry_is_a_new_try_not_a_move_back_from_failed() {
    assertThat(RUNNING.canMoveTo(UP_FOR_RETRY)).isTrue();
    assertThat(UP_FOR_RETRY.canMoveTo(QUEUED)).isTrue();
    assertThat(FAILED.canMoveTo(QUEUED)).isFalse();
    assertThat(FAILED.canMoveTo(RUNNING)).isFalse();
  }

  @Test
  void finished_states_are_success_failed_upstream_failed_and_skipped() {
    assertThat(Stream.of(values()).filter(TaskState::isFinished))
        .containsExactlyInAnyOrder(SUCCESS, FAILED, UPSTREAM_FAILED, SKIPPED);
  }

  @Test
  void api_names_are_airflows() {
    assertThat(UP_FOR_RETRY.apiName()).isEqualTo("up_for_retry");
    assertThat(TaskState.fromApiName("upstream_failed")).isEqualTo(UPSTREAM_FAILED);
  }
}

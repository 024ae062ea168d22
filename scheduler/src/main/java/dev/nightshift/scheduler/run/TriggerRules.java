package dev.nightshift.scheduler.run;

import dev.nightshift.scheduler.dag.TriggerRule;
import java.util.Collection;

/**
 * Airflow's trigger rules. A rule may decide before every upstream task has finished (all_success
 * gives up at the first failure), and it propagates skips: an all_success task whose upstream was
 * skipped is skipped too.
 */
public final class TriggerRules {
  private TriggerRules() {}

  public static TriggerDecision evaluate(TriggerRule rule, Collection<TaskState> upstream) {
    Counts c = Counts.of(upstream);
    if (c.total == 0 || rule == TriggerRule.ALWAYS) {
      return TriggerDecision.RUN;
    }
    return switch (rule) {
      case ALL_SUCCESS -> {
        if (c.failed > 0) yield TriggerDecision.UPSTREAM_FAILED;
        if (c.skipped > 0) yield TriggerDecision.SKIP;
        yield c.success == c.total ? TriggerDecision.RUN : TriggerDecision.WAIT;
      }
      case ALL_FAILED -> {
        if (c.success > 0 || c.skipped > 0) yield TriggerDecision.SKIP;
        yield c.failed == c.total ? TriggerDecision.RUN : TriggerDecision.WAIT;
      }
      case ALL_DONE -> c.allDone() ? TriggerDecision.RUN : TriggerDecision.WAIT;
      case ONE_SUCCESS -> {
        if (c.success > 0) yield TriggerDecision.RUN;
        if (!c.allDone()) yield TriggerDecision.WAIT;
        yield c.skipped == c.total ? TriggerDecision.SKIP : TriggerDecision.UPSTREAM_FAILED;
      }
      case ONE_FAILED -> {
        if (c.failed > 0) yield TriggerDecision.RUN;
        yield c.allDone() ? TriggerDecision.SKIP : TriggerDecision.WAIT;
      }
      case NONE_FAILED -> {
        if (c.failed > 0) yield TriggerDecision.UPSTREAM_FAILED;
        yield c.allDone() ? TriggerDecision.RUN : TriggerDecision.WAIT;
      }
      case NONE_FAILED_MIN_ONE_SUCCESS -> {
        if (c.failed > 0) yield TriggerDecision.UPSTREAM_FAILED;
        if (!c.allDone()) yield TriggerDecision.WAIT;
        yield c.success > 0 ? TriggerDecision.RUN : TriggerDecision.SKIP;
      }
      case ALWAYS -> TriggerDecision.RUN;
    };
  }

  /** Upstream states counted the way the rules read them: upstream_failed counts as failed. */
  private record Counts(int total, int success, int failed, int skipped) {
    static Counts of(Collection<TaskState> states) {
      int success = 0;
      int failed = 0;
      int skipped = 0;
      for (TaskState s : states) {
        switch (s) {
          case SUCCESS -> success++;
          case FAILED, UPSTREAM_FAILED -> failed++;
          case SKIPPED -> skipped++;
          default -> {}
        }
      }
      return new Counts(states.size(), success, failed, skipped);
    }

    boolean allDone() {
      return success + failed + skipped == total;
    }
  }
}

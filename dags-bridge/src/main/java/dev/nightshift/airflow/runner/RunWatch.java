package dev.nightshift.airflow.runner;

import dev.nightshift.airflow.client.AirflowClient;
import dev.nightshift.airflow.client.AirflowException;
import dev.nightshift.airflow.client.AirflowRun;
import dev.nightshift.airflow.client.AirflowTaskInstance;
import dev.nightshift.airflow.client.LogPage;
import dev.nightshift.scheduler.runner.Observation;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Watches one Airflow run until it ends: looks at it after waits that grow with the watch's age,
 * writes the states of its tasks to the try's log as they change, and at the end Airflow's logs
 * of its tasks. An answer that cannot get better by asking again (a 4xx, a page that is not
 * JSON) ends the watch as failed; a server that is down is asked again, up to a limit.
 */
final class RunWatch {
  /** Looks in a row that get no answer before the run is given up. */
  static final int MAX_FAILED_LOOKS = 5;
  private static final int MAX_LOG_PAGES = 100;

  private final AirflowWork work;
  private final Supplier<AirflowClient> client;
  private final TryLog log;
  private final PollBackoff backoff;
  private final PollTimer timer;
  private final InstantSource clock;
  private final Instant since;
  private final CompletableFuture<Observation> outcome = new CompletableFuture<>();
  private Map<String, String> lastStates = Map.of();
  private int failedLooks;

  RunWatch(AirflowWork work, Supplier<AirflowClient> client, TryLog log, PollBackoff backoff,
      PollTimer timer, InstantSource clock) {
    this.work = work;
    this.client = client;
    this.log = log;
    this.backoff = backoff;
    this.timer = timer;
    this.clock = clock;
    this.since = clock.instant();
  }

  CompletableFuture<Observation> outcome() {
    return outcome;
  }

  void start() {
    timer.schedule(this::look, backoff.next(Duration.ZERO));
  }

  /** Looks now, e.g. right after the run was marked failed, instead of at the next due time. */
  void lookNow() {
    timer.schedule(this::look, Duration.ZERO);
  }

  synchronized void look() {
    if (outcome.isDone()) {
      return;
    }
    try {
      AirflowClient airflow = client.get();
      AirflowRun run = airflow.getRun(work.dagId(), work.runId());
      failedLooks = 0;
      List<AirflowTaskInstance> tasks = airflow.listTaskInstances(work.dagId(), work.runId());
      logChanges(tasks);
      if (run.isFinished()) {
        appendTaskLogs(airflow, tasks);
        outcome.complete(AirflowRunner.observation(work, run, tasks));
        return;
      }
    } catch (AirflowException e) {
      if (!worthAskingAgain(e)) {
        end(Observation.failed(null, e.getMessage()));
        return;
      }
      if (++failedLooks >= MAX_FAILED_LOOKS) {
        end(Observation.failed(null, "gave up on " + work + " after " + failedLooks
            + " looks in a row without an answer; the last: " + e.getMessage()));
        return;
      }
      log.line("no answer from Airflow this time: " + e.getMessage());
    } catch (RuntimeException e) {
      end(Observation.failed(null, "watching " + work + " failed: " + e));
      return;
    }
    timer.schedule(this::look, backoff.next(Duration.between(since, clock.instant())));
  }

  private void end(Observation failed) {
    log.line(failed.detail());
    outcome.complete(failed);
  }

  /** Server errors, 429 and no answer at all may pass; another 4xx or a page that is not JSON will not. */
  static boolean worthAskingAgain(AirflowException e) {
    int status = e.status();
    return status == 0 || status == 429 || status >= 500;
  }

  private void logChanges(List<AirflowTaskInstance> tasks) {
    Map<String, String> states = new LinkedHashMap<>();
    for (AirflowTaskInstance task : tasks) {
      String name = task.mapIndex() < 0 ? task.taskId() : task.taskId() + "[" + task.mapIndex() + "]";
      states.put(name, task.state() == null ? "none" : task.state());
    }
    if (!states.equals(lastStates)) {
      String changed = states.entrySet().stream()
          .filter(e -> !Objects.equals(lastStates.get(e.getKey()), e.getValue()))
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(", "));
      log.line("Airflow task states: " + changed);
      lastStates = states;
    }
  }

  private void appendTaskLogs(AirflowClient airflow, List<AirflowTaskInstance> tasks) {
    for (AirflowTaskInstance task : tasks) {
      if (task.tryNumber() < 1) {
        continue; // never ran: no log
      }
      log.raw("---- Airflow log of task '" + task.taskId() + "'"
          + (task.mapIndex() < 0 ? "" : " [" + task.mapIndex() + "]") + ", try " + task.tryNumber() + " ----\n");
      try {
        String token = null;
        for (int page = 0; page < MAX_LOG_PAGES; page++) {
          LogPage read = airflow.readLog(work.dagId(), work.runId(), task.taskId(), task.tryNumber(), token);
          log.raw(read.text());
          if (read.text().isEmpty() || read.continuationToken() == null || read.continuationToken().equals(token)) {
            break;
          }
          token = read.continuationToken();
        }
      } catch (AirflowException e) {
        log.line("could not read this log: " + e.getMessage());
      }
    }
  }
}

package dev.nightshift.airflow.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.airflow.client.AirflowClients;
import dev.nightshift.airflow.client.AirflowConnection;
import dev.nightshift.airflow.client.ApiVersion;
import dev.nightshift.airflow.client.RetryPolicy;
import dev.nightshift.airflow.fake.FakeAirflow;
import dev.nightshift.scheduler.runner.NamedThreads;
import dev.nightshift.scheduler.runner.TaskRunner;
import dev.nightshift.scheduler.runner.TaskRunnerContractTest;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The scheduler's runner contract, kept by the airflow runner against Airflow 2 and Airflow 3. */
class AirflowRunnerContractTest {

  @Nested
  class AgainstAirflow2 extends Contract {
    AgainstAirflow2() {
      super(ApiVersion.V1);
    }
  }

  @Nested
  class AgainstAirflow3 extends Contract {
    AgainstAirflow3() {
      super(ApiVersion.V2);
    }
  }

  abstract static class Contract extends TaskRunnerContractTest {
    private final FakeAirflow airflow;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(new NamedThreads("airflow-poll"));

    Contract(ApiVersion version) {
      airflow = new FakeAirflow(version)
          .quickDag("succeeds", true)
          .quickDag("fails", false)
          .dag("long", new FakeAirflow.DagPlan(List.of("wait"), Duration.ofDays(1), true, false));
    }

    @AfterEach
    void stop() {
      timer.shutdownNow();
      assertThat(airflow.violations()).isEmpty();
      airflow.close();
    }

    @Override
    protected TaskRunner runner() {
      return Runners.against(airflow, timer, callbacks);
    }

    @Override
    protected TaskRunner restartedRunner() {
      return Runners.against(airflow, timer, callbacks);
    }

    @Override
    protected Map<String, Object> succeedingArgs() {
      return Map.of("dag_id", "succeeds", "conf", Map.of("day", "2026-03-01"));
    }

    @Override
    protected Map<String, Object> failingArgs() {
      return Map.of("dag_id", "fails");
    }

    @Override
    protected Map<String, Object> longArgs() {
      return Map.of("dag_id", "long");
    }
  }

  /** Runners as a deployment makes them: one connection, the default name. */
  static final class Runners {
    static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20));

    static AirflowRunner against(FakeAirflow airflow, ScheduledExecutorService timer, java.util.concurrent.Executor callbacks) {
      return against(AirflowConnection.of(AirflowRunner.DEFAULT_CONNECTION, airflow.url(),
          FakeAirflow.USER, FakeAirflow.PASSWORD).withRetry(FAST_RETRY), timer, callbacks);
    }

    static AirflowRunner against(AirflowConnection connection, ScheduledExecutorService timer, java.util.concurrent.Executor callbacks) {
      AirflowConnections connections = new AirflowConnections(List.of(connection),
          new AirflowClients(HttpClient.newHttpClient(), InstantSource.system()));
      return new AirflowRunner(connections, PollBackoff.DEFAULT, PollTimer.of(timer, callbacks), callbacks, InstantSource.system());
    }
  }
}

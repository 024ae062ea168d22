package dev.nightshift.platform.app;

import dev.nightshift.airflow.client.AirflowClients;
import dev.nightshift.airflow.client.AirflowConnection;
import dev.nightshift.airflow.client.ApiVersion;
import dev.nightshift.airflow.client.RetryPolicy;
import dev.nightshift.airflow.mirror.AirflowMirror;
import dev.nightshift.airflow.runner.AirflowConnections;
import dev.nightshift.airflow.runner.AirflowRunner;
import dev.nightshift.airflow.runner.PollBackoff;
import dev.nightshift.airflow.runner.PollTimer;
import dev.nightshift.scheduler.runner.NamedThreads;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code airflow} runner, with the Airflow connections of {@code nightshift.airflow}. */
@Configuration(proxyBeanMethods = false)
class AirflowWiring {

  @Bean
  AirflowConnections airflowConnections(AirflowProperties properties) {
    List<AirflowConnection> connections = new ArrayList<>();
    properties.connections().forEach((name, c) -> {
      if (c.url() == null) {
        throw new IllegalArgumentException("nightshift.airflow.connections." + name + ".url is required");
      }
      connections.add(new AirflowConnection(name, c.url(),
          c.version().isBlank() ? null : ApiVersion.parse(c.version()), c.username(), c.password(),
          c.timeout(), RetryPolicy.DEFAULT));
    });
    return new AirflowConnections(connections, new AirflowClients());
  }

  @Bean
  AirflowMirror airflowMirror(AirflowConnections connections, AirflowProperties properties) {
    return new AirflowMirror(connections, InstantSource.system(), properties.mirrorRuns());
  }

  @Bean(destroyMethod = "close")
  AirflowMirrorRefresh airflowMirrorRefresh(AirflowMirror mirror, AirflowProperties properties) {
    return new AirflowMirrorRefresh(mirror, properties.mirrorInterval());
  }

  /** Times the looks at Airflow runs; they run on the scheduler's runner threads. */
  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService airflowPollTimer() {
    return Executors.newSingleThreadScheduledExecutor(new NamedThreads("airflow-poll"));
  }

  @Bean
  SchedulerConfiguration.RunnerFactory airflowRunner(
      AirflowConnections connections, AirflowProperties properties, ScheduledExecutorService airflowPollTimer) {
    PollBackoff backoff = new PollBackoff(PollBackoff.DEFAULT.min(), properties.pollMax(), PollBackoff.DEFAULT.fractionOfAge());
    return callbacks -> new AirflowRunner(connections, backoff,
        PollTimer.of(airflowPollTimer, callbacks),
        callbacks, InstantSource.system());
  }
}

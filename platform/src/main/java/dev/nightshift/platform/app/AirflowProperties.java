package dev.nightshift.platform.app;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code nightshift.airflow}: the Airflow servers that {@code airflow} tasks name,
 * and how their runs are watched. Each setting can come from the environment as well, e.g.
 * {@code NIGHTSHIFT_AIRFLOW_CONNECTIONS_AIRFLOW_DEFAULT_PASSWORD}; credentials belong there or in
 * the deployment's properties, never in DAG files.
 *
 * @param connections by the name DAG files use
 * @param pollMax the longest wait between two looks at a running Airflow run
 * @param mirrorInterval how often the DAGs and recent runs of every connection are read again;
 *     unset, only when asked ({@code POST /api/v1/airflow/refresh})
 * @param mirrorRuns how many of each DAG's latest runs are read
 */
@ConfigurationProperties("nightshift.airflow")
public record AirflowProperties(
    @DefaultValue Map<String, Connection> connections,
    @DefaultValue("5m") Duration pollMax,
    Duration mirrorInterval,
    @DefaultValue("10") int mirrorRuns) {

  /**
   * One Airflow server.
   *
   * @param url the web server's root, e.g. {@code http://airflow:8080}
   * @param version {@code v1} (Airflow 2) or {@code v2} (Airflow 3); empty detects it
   * @param timeout the limit of one HTTP request
   */
  public record Connection(
      URI url,
      @DefaultValue("") String version,
      String username,
      String password,
      @DefaultValue("30s") Duration timeout) {}
}

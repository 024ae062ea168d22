package dev.nightshift.platform.app;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code nightshift}. Scheduler knobs left unset take the defaults the scheduler
 * derives from the machine's cores and the number of DAGs.
 *
 * @param dataDir the metadata database, the serving store, task logs: all under one folder
 * @param dagFolder the watched folder of DAG files
 * @param lake the lake's URI or path, the default of every DAG's {@code lake} param; empty means
 *     {@code <dataDir>/lake}
 * @param engine when set ({@code batch} or {@code spark}), the default of every DAG's {@code
 *     engine} param: where the shipped DAGs' build tasks run
 */
@ConfigurationProperties("nightshift")
public record NightshiftProperties(
    @DefaultValue(".nightshift") Path dataDir,
    @DefaultValue("dags") Path dagFolder,
    @DefaultValue("") String lake,
    @DefaultValue("") String engine,
    @DefaultValue Scheduler scheduler) {

  /** The lake as DAGs see it: absolute, so runs do not depend on the working folder. */
  public String lakeLocation() {
    return lake.isBlank() ? dataDir.resolve("lake").toAbsolutePath().toString() : lake;
  }

  /** Overrides for the scheduler's tuning knobs; null means "derive the default". */
  public record Scheduler(
      Integer quartzThreads,
      Duration quartzIdleWait,
      Integer batchTriggerAcquisitionMaxCount,
      Duration misfireThreshold,
      Duration watchDebounce,
      Integer dispatcherWorkers,
      Integer timerThreads,
      String databaseUrl,
      String databaseUser,
      String databasePassword) {}
}

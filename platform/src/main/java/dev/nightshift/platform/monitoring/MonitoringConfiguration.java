package dev.nightshift.platform.monitoring;

import dev.nightshift.monitoring.cpu.CpuAccounting;
import dev.nightshift.monitoring.cpu.CpuHistory;
import dev.nightshift.monitoring.cpu.CpuMetrics;
import dev.nightshift.monitoring.metrics.RunMetrics;
import dev.nightshift.monitoring.metrics.RunningRuns;
import dev.nightshift.monitoring.metrics.SchedulerMetrics;
import dev.nightshift.monitoring.metrics.ServingVersionMetrics;
import dev.nightshift.monitoring.pages.CpuPage;
import dev.nightshift.monitoring.pages.DagsPage;
import dev.nightshift.monitoring.pages.GanttPage;
import dev.nightshift.monitoring.pages.LogPage;
import dev.nightshift.monitoring.pages.RunGridPage;
import dev.nightshift.monitoring.pages.BackfillsPage;
import dev.nightshift.monitoring.pages.ServingPage;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.scheduler.NightshiftScheduler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.annotation.Import;

/**
 * Metrics, CPU accounting and the operators' pages. The CPU sampler runs on one thread every
 * {@code nightshift.monitoring.cpu-sample-interval} (5 s) and keeps
 * {@code nightshift.monitoring.cpu-history} (15 min) for the live chart. The pages' buttons call the
 * REST API with the token the user pastes.
 */
@AutoConfiguration
@Import(MetricsEndpoint.class)
public class MonitoringConfiguration {

  @Bean
  CpuAccounting cpuAccounting() {
    // One scrape reads every component: they share one sample.
    return new CpuAccounting(Clock.systemUTC(), Duration.ofSeconds(1));
  }

  @Bean
  CpuMetrics cpuMetrics(CpuAccounting accounting) {
    return new CpuMetrics(accounting);
  }

  @Bean(destroyMethod = "close")
  CpuHistory cpuHistory(CpuAccounting accounting, SchedulerMetrics schedulerMetrics,
      @Value("${nightshift.monitoring.cpu-sample-interval:5s}") Duration interval,
      @Value("${nightshift.monitoring.cpu-history:15m}") Duration keep) {
    return new CpuHistory(accounting, interval, keep, schedulerMetrics::refreshPools);
  }

  @Bean
  RunningRuns runningRuns(MeterRegistry registry) {
    return new RunningRuns(registry, Clock.systemUTC());
  }

  /** A listener bean: the scheduler's configuration attaches every one to the scheduler. */
  @Bean
  RunMetrics runMetrics(MeterRegistry registry, RunningRuns runningRuns) {
    return new RunMetrics(registry, runningRuns);
  }

  @Bean
  SchedulerMetrics schedulerMetrics(NightshiftScheduler scheduler) {
    return new SchedulerMetrics(scheduler);
  }

  @Bean
  @ConditionalOnMissingBean
  ServingStore servingStore(DataSource dataSource) {
    return new ServingStore(dataSource, Clock.systemUTC());
  }

  @Bean
  ServingVersionMetrics servingVersionMetrics(ServingStore store) {
    return new ServingVersionMetrics(store, Clock.systemUTC(), Duration.ofSeconds(5));
  }

  /** Latency histograms of every HTTP endpoint, so that Prometheus can compute percentiles. */
  @Bean
  MeterFilter httpLatencyHistograms() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (id.getName().equals("http.server.requests")) {
          return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
        }
        return config;
      }
    };
  }

  @Bean
  DagsPage dagsPage(NightshiftScheduler scheduler) {
    return new DagsPage(scheduler);
  }

  @Bean
  RunGridPage runGridPage(NightshiftScheduler scheduler) {
    return new RunGridPage(scheduler);
  }

  @Bean
  GanttPage ganttPage(NightshiftScheduler scheduler) {
    return new GanttPage(scheduler);
  }

  @Bean
  LogPage logPage(NightshiftScheduler scheduler) {
    return new LogPage(scheduler);
  }

  @Bean
  CpuPage cpuPage(CpuHistory history, NightshiftScheduler scheduler) {
    return new CpuPage(history, scheduler.settings());
  }

  @Bean
  BackfillsPage backfillsPage(NightshiftScheduler scheduler) {
    return new BackfillsPage(scheduler);
  }

  @Bean
  ServingPage servingPage(ServingStore store) {
    return new ServingPage(store);
  }

  /** The scheduler starts after every bean exists: its pools get gauges once it has. */
  @Bean
  ApplicationListener<ContextRefreshedEvent> poolGaugesAtStart(SchedulerMetrics schedulerMetrics) {
    return event -> schedulerMetrics.refreshPools();
  }
}

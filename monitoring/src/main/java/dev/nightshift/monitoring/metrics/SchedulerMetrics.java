package dev.nightshift.monitoring.metrics;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dispatch.PoolUsage;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * The scheduler's machinery, read from memory at scrape time (no SQL): DAG files parsed and the
 * time it took, import errors, ready-queue depth, pool slots, metadata statements sent.
 */
public final class SchedulerMetrics implements MeterBinder {
  private final NightshiftScheduler scheduler;
  private final Set<String> poolsWithGauges = ConcurrentHashMap.newKeySet();
  private MeterRegistry registry;

  public SchedulerMetrics(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    FunctionCounter.builder("nightshift.dag.files.parsed", scheduler, s -> s.dagFilesParsed())
        .description("DAG files parsed; a file is parsed again only when its content changed")
        .register(registry);
    FunctionCounter.builder("nightshift.dag.parse.time", scheduler,
            s -> s.dagParseTime().toNanos() / 1e9)
        .description("Time spent parsing DAG files")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("nightshift.dag.import.errors", scheduler, s -> s.importErrors().size())
        .description("Problems keeping DAG files or DAGs from loading")
        .register(registry);
    Gauge.builder("nightshift.ready.queue.depth", scheduler, s -> s.readyQueueDepth())
        .description("Queued tasks not yet started: waiting for a dispatcher, a pool slot or"
            + " max_active_tasks")
        .register(registry);
    FunctionCounter.builder("nightshift.metadata.statements", scheduler,
            s -> s.statementsExecuted())
        .description("SQL statements sent to the metadata database")
        .register(registry);
    refreshPools();
  }

  /** Adds gauges for pools created since the last call. */
  public void refreshPools() {
    scheduler.poolUsage().keySet().forEach(pool -> {
      if (registry != null && poolsWithGauges.add(pool)) {
        poolGauge(pool, "used", PoolUsage::used);
        poolGauge(pool, "free", PoolUsage::free);
      }
    });
  }

  private void poolGauge(String pool, String state, ToDoubleFunction<PoolUsage> figure) {
    Gauge.builder("nightshift.pool.slots", scheduler, s -> {
          PoolUsage usage = s.poolUsage().get(pool);
          return usage == null ? 0 : figure.applyAsDouble(usage);
        })
        .description("Slots of a pool, used or free")
        .tags("pool", pool, "state", state)
        .register(registry);
  }
}

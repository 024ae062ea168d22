package dev.nightshift.monitoring.cpu;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** {@code nightshift_cpu_seconds_total{component}}: the process's CPU split by component. */
public final class CpuMetrics implements MeterBinder {
  private final CpuAccounting accounting;

  public CpuMetrics(CpuAccounting accounting) {
    this.accounting = accounting;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (CpuComponent component : CpuComponent.values()) {
      FunctionCounter.builder("nightshift.cpu", accounting, a -> a.sample().seconds(component))
          .baseUnit("seconds")
          .description("CPU time spent by a component of the platform, task processes included")
          .tag("component", component.label())
          .register(registry);
    }
  }
}

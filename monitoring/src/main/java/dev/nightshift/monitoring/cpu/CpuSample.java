package dev.nightshift.monitoring.cpu;

import java.time.Instant;
import java.util.Map;

/**
 * Cumulative CPU seconds per component at one instant. {@code processSeconds} is the JVM's own
 * total (all its threads, Java and native), {@code childSeconds} that of the processes it started;
 * the components add up to their sum.
 */
public record CpuSample(Instant at, Map<CpuComponent, Double> seconds, double processSeconds,
    double childSeconds) {

  public CpuSample {
    seconds = Map.copyOf(seconds);
  }

  public double seconds(CpuComponent component) {
    return seconds.getOrDefault(component, 0.0);
  }

  public double totalSeconds() {
    return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}

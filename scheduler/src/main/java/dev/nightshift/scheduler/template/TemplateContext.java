package dev.nightshift.scheduler.template;

import dev.nightshift.scheduler.schedule.DataInterval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a task's arguments may name.
 *
 * @param logicalDate what {@code ds} and {@code logical_date} render
 * @param zone the DAG's time zone: {@code ds} is the logical date's calendar day there
 * @param tryNumber 1 for the first try
 * @param params the run's parameters, defaults applied; a null value means "not given"
 */
public record TemplateContext(
    String dagId,
    String taskId,
    String runId,
    Instant logicalDate,
    DataInterval dataInterval,
    ZoneId zone,
    int tryNumber,
    Map<String, Object> params) {

  public TemplateContext {
    // Map.copyOf refuses null values, and a parameter without a value is legitimate here.
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}

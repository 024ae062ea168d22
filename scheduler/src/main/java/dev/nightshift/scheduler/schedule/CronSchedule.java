package dev.nightshift.scheduler.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A five-field Unix cron expression evaluated in a time zone: each interval runs from one fire
 * time to the next. Fire times come from cron-utils, walking forward, which decides what happens
 * on daylight-saving days: a wall-clock time that does not exist (02:30 on a spring-forward day
 * in Europe/Berlin) has no fire that day, so that day's data falls into the interval that spans
 * it; a wall-clock time that occurs twice fires once, at its first occurrence, unless the
 * expression fires every hour, in which case both occurrences fire. Intervals therefore never
 * overlap and leave no gaps.
 */
public final class CronSchedule implements Schedule {

  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
  // Walking back this many fires and then forward again lands on the same fires a forward walk
  // from the start date produces, even around a fall-back hour, where cron-utils' backward walk
  // sees fires that its forward walk skips.
  private static final int STEPS_BACK = 3;

  private final String cron;
  private final String expression;
  private final ZoneId zone;
  private final ExecutionTime executionTime;

  private CronSchedule(String expression, ZoneId zone, Cron cron) {
    this.cron = cron.asString();
    this.expression = expression;
    this.zone = zone;
    this.executionTime = ExecutionTime.forCron(cron);
  }

  /**
   * @param written how the user wrote it ({@code @daily} or the cron itself), kept for display
   * @throws ScheduleException with cron-utils' explanation when {@code cron} is not valid
   */
  public static CronSchedule of(String cron, String written, ZoneId zone) {
    try {
      return new CronSchedule(written, zone, PARSER.parse(cron.strip()));
    } catch (IllegalArgumentException e) {
      throw new ScheduleException("invalid cron expression '" + cron + "': " + e.getMessage());
    }
  }

  @Override
  public Optional<DataInterval> firstInterval(Instant startDate) {
    return fireAtOrAfter(startDate).flatMap(start -> intervalFrom(start));
  }

  @Override
  public Optional<DataInterval> nextInterval(DataInterval previous) {
    return intervalFrom(previous.end());
  }

  @Override
  public Optional<DataInterval> latestIntervalEndingBy(Instant now, Instant startDate) {
    Optional<Instant> first = fireAtOrAfter(startDate);
    if (first.isEmpty() || first.get().isAfter(now)) {
      return Optional.empty();
    }
    List<Instant> fires = firesUpTo(now, anchorBefore(now, first.get()));
    if (fires.size() < 2) {
      return Optional.empty();
    }
    Instant start = fires.get(fires.size() - 2);
    if (start.isBefore(first.get())) {
      return Optional.empty();
    }
    return Optional.of(new DataInterval(start, fires.get(fires.size() - 1)));
  }

  @Override
  public DataInterval manualInterval(Instant logicalDate) {
    return latestIntervalEndingBy(logicalDate, Instant.EPOCH)
        .orElseGet(() -> Schedule.super.manualInterval(logicalDate));
  }

  @Override
  public boolean isManual() {
    return false;
  }

  @Override
  public String expression() {
    return expression;
  }

  /** The five-field cron expression, also for a preset: {@code 0 0 * * *} for {@code @daily}. */
  public String cron() {
    return cron;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public String toString() {
    return expression + " " + zone;
  }

  private Optional<DataInterval> intervalFrom(Instant start) {
    return next(start).map(end -> new DataInterval(start, end));
  }

  private Optional<Instant> fireAtOrAfter(Instant instant) {
    Optional<Instant> fire = next(instant.minusSeconds(1));
    while (fire.isPresent() && fire.get().isBefore(instant)) {
      fire = next(fire.get());
    }
    return fire;
  }

  private Instant anchorBefore(Instant now, Instant first) {
    ZonedDateTime anchor = now.atZone(zone);
    for (int i = 0; i < STEPS_BACK; i++) {
      Optional<ZonedDateTime> earlier = executionTime.lastExecution(anchor);
      if (earlier.isEmpty() || earlier.get().toInstant().isBefore(first)) {
        return first;
      }
      anchor = earlier.get();
    }
    return anchor.toInstant();
  }

  /** The anchor and the forward fires after it, up to and including {@code now}. */
  private List<Instant> firesUpTo(Instant now, Instant anchor) {
    List<Instant> fires = new ArrayList<>();
    fires.add(anchor);
    Optional<Instant> fire = next(anchor);
    while (fire.isPresent() && !fire.get().isAfter(now)) {
      fires.add(fire.get());
      fire = next(fire.get());
    }
    return fires;
  }

  private Optional<Instant> next(Instant after) {
    return executionTime.nextExecution(after.atZone(zone)).map(ZonedDateTime::toInstant);
  }
}

package dev.nightshift.scheduler.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.field.CronFieldName;
import com.cronutils.model.field.expression.Always;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The fire times of a five-field cron expression in a time zone. cron-utils matches the fields on
 * wall-clock time (evaluated in UTC, where no time is missing or repeated); {@link WallTime} turns
 * each wall time into an instant. A cron whose hour field is {@code *} instead steps in elapsed
 * time from the instant it starts at, as Airflow does, so both copies of a repeated hour get
 * their ticks and the hour skipped in spring has none.
 */
final class CronTicks implements Ticks {

  // Unix crontab fields plus what croniter (Airflow's cron library) also reads: L (last day)
  // in the day of month and # (the n-th weekday, 5#3 is the third Friday) in the day of week.
  private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.defineCron()
      .withMinutes().withValidRange(0, 59).withStrictRange().and()
      .withHours().withValidRange(0, 23).withStrictRange().and()
      .withDayOfMonth().withValidRange(1, 31).supportsL().withStrictRange().and()
      .withMonth().withValidRange(1, 12).withStrictRange().and()
      .withDayOfWeek().withValidRange(0, 7).withMondayDoWValue(1).withIntMapping(7, 0)
          .supportsHash().withStrictRange().and()
      .instance());
  // The fires a wall-clock walk looks at are bounded: a gap or fold shifts a tick at most
  // WallTime.MAX_SHIFT, so ticks further than that from the first accepted one cannot come first.
  private static final Duration WINDOW = WallTime.MAX_SHIFT;

  private final String cron;
  private final ZoneId zone;
  private final ExecutionTime wall;
  private final boolean everyHour;

  private CronTicks(Cron cron, ZoneId zone) {
    this.cron = cron.asString();
    this.zone = zone;
    this.wall = ExecutionTime.forCron(cron);
    this.everyHour = coversEveryHour(cron);
  }

  /**
   * Whether the hour field names all 24 hours, however written ({@code *}, {@code *}{@code /1},
   * {@code 0-23}, {@code 0-11,12-23}): croniter reads such a field as {@code *}, and Airflow steps
   * those crons in elapsed time.
   */
  private static boolean coversEveryHour(Cron cron) {
    if (cron.retrieve(CronFieldName.HOUR).getExpression() instanceof Always) {
      return true;
    }
    String hours = cron.retrieve(CronFieldName.HOUR).getExpression().asString();
    ExecutionTime onTheHour = ExecutionTime.forCron(PARSER.parse("0 " + hours + " * * *"));
    ZonedDateTime day = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    Optional<ZonedDateTime> fire = onTheHour.nextExecution(day.minusSeconds(1));
    int fires = 0;
    while (fire.isPresent() && fire.get().isBefore(day.plusDays(1))) {
      fires++;
      fire = onTheHour.nextExecution(fire.get());
    }
    return fires == 24;
  }

  /** @throws ScheduleException with cron-utils' explanation, or when the cron never fires */
  static CronTicks of(String cron, ZoneId zone) {
    int fields = cron.strip().split("\\s+").length;
    if (fields != 5) {
      throw new ScheduleException("invalid cron expression '" + cron + "': it has " + fields
          + " fields; write five (minute hour day-of-month month day-of-week), without seconds");
    }
    CronTicks ticks;
    try {
      ticks = new CronTicks(PARSER.parse(cron.strip()), zone);
    } catch (IllegalArgumentException e) {
      throw new ScheduleException("invalid cron expression '" + cron + "': " + e.getMessage());
    }
    if (ticks.wallAfter(LocalDateTime.of(2000, 1, 1, 0, 0)).isEmpty()) {
      throw new ScheduleException("cron expression '" + cron + "' never fires");
    }
    return ticks;
  }

  /** The five-field expression, also for a preset: {@code 0 0 * * *} for {@code @daily}. */
  String cron() {
    return cron;
  }

  @Override
  public Instant next(Instant instant) {
    LocalDateTime local = WallTime.of(instant, zone);
    if (everyHour) {
      return instant.plus(Duration.between(local, wallAfter(local).orElseThrow()));
    }
    Instant plain = WallTime.resolve(wallAfter(local).orElseThrow(), zone);
    if (!nearTransition(instant) && !nearTransition(plain)) {
      return plain;
    }
    Instant best = null;
    LocalDateTime bestWall = null;
    for (Optional<LocalDateTime> c = wallAfter(local.minus(WINDOW)); c.isPresent();
        c = wallAfter(c.get())) {
      if (bestWall != null && c.get().isAfter(bestWall.plus(WINDOW))) {
        break;
      }
      Instant at = WallTime.resolve(c.get(), zone);
      if (at.isAfter(instant) && (best == null || at.isBefore(best))) {
        best = at;
        bestWall = bestWall == null ? c.get() : bestWall;
      }
    }
    return best;
  }

  @Override
  public Instant prev(Instant instant) {
    LocalDateTime local = WallTime.of(instant, zone);
    if (everyHour) {
      return instant.minus(Duration.between(wallBefore(local).orElseThrow(), local));
    }
    Instant plain = WallTime.resolve(wallBefore(local).orElseThrow(), zone);
    if (!nearTransition(instant) && !nearTransition(plain)) {
      return plain;
    }
    Instant best = null;
    LocalDateTime bestWall = null;
    for (Optional<LocalDateTime> c = wallBefore(local.plus(WINDOW)); c.isPresent();
        c = wallBefore(c.get())) {
      if (bestWall != null && c.get().isBefore(bestWall.minus(WINDOW))) {
        break;
      }
      Instant at = WallTime.resolve(c.get(), zone);
      if (at.isBefore(instant) && (best == null || at.isAfter(best))) {
        best = at;
        bestWall = bestWall == null ? c.get() : bestWall;
      }
    }
    return best;
  }

  @Override
  public Instant alignNext(Instant instant) {
    Instant next = next(instant);
    return prev(next).equals(instant) ? instant : next;
  }

  @Override
  public Instant alignPrev(Instant instant) {
    Instant prev = prev(instant);
    return next(prev).equals(instant) ? instant : prev;
  }

  /** The interval that ended last by {@code now} starts one tick before the last tick by then. */
  @Override
  public Instant latestCompleteStart(Instant now, Instant earliest) {
    return prev(alignPrev(now));
  }

  /**
   * Whether the zone's offset changes within {@link #WINDOW} of {@code instant}. Away from a change
   * wall time and instants run in step, and the plain next (or previous) fire is the answer; near
   * one, fires around it are compared.
   */
  private boolean nearTransition(Instant instant) {
    ZoneOffsetTransition change = zone.getRules().nextTransition(instant.minus(WINDOW));
    return change != null && !change.getInstant().isAfter(instant.plus(WINDOW));
  }

  private Optional<LocalDateTime> wallAfter(LocalDateTime local) {
    return wall.nextExecution(local.atZone(ZoneOffset.UTC)).map(ZonedDateTime::toLocalDateTime);
  }

  private Optional<LocalDateTime> wallBefore(LocalDateTime local) {
    return wall.lastExecution(local.atZone(ZoneOffset.UTC)).map(ZonedDateTime::toLocalDateTime);
  }

  @Override
  public String toString() {
    return cron + " " + zone;
  }
}

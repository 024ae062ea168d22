package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The daylight-saving rules, in one place: how a wall-clock time of a time zone becomes an
 * instant. A wall time that does not exist (02:30 on a spring-forward day in Europe/Berlin) moves
 * forward by the length of the gap (to 03:30); a wall time that occurs twice (02:30 on a fall-back
 * day) takes the later offset, its second occurrence. These are Airflow's rules.
 */
public final class WallTime {

  /**
   * The longest a zone's offset ever jumps at once, with room to spare: candidate wall times this
   * far around an instant's own wall time are enough to find every tick near it.
   */
  static final java.time.Duration MAX_SHIFT = java.time.Duration.ofHours(3);

  private WallTime() {}

  public static Instant resolve(LocalDateTime wall, ZoneId zone) {
    // ofLocal moves a time in a gap later by the gap's length; at an overlap it takes the earlier
    // offset unless told otherwise.
    return ZonedDateTime.ofLocal(wall, zone, null).withLaterOffsetAtOverlap().toInstant();
  }

  /** The wall-clock reading of {@code instant} in {@code zone}. */
  public static LocalDateTime of(Instant instant, ZoneId zone) {
    return LocalDateTime.ofInstant(instant, zone);
  }
}

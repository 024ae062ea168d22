package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Runs at listed instants (Airflow's {@code EventsTimetable}): each event's run covers the
 * zero-length interval at the event and is due then. With catch-up off, events that passed before
 * now are skipped. A run triggered by hand covers the instant it was triggered for, or, with
 * {@code restrictToEvents}, the latest event at or before it (the first event when all are later).
 *
 * @param events strictly increasing
 */
public record EventsSchedule(List<Instant> events, boolean restrictToEvents, ZoneId zone)
    implements Schedule {

  public EventsSchedule {
    events = List.copyOf(events);
    for (int i = 1; i < events.size(); i++) {
      if (!events.get(i).isAfter(events.get(i - 1))) {
        throw new ScheduleException("event " + (i + 1) + " (" + events.get(i) + ") is not after event "
            + i + " (" + events.get(i - 1) + "): list the events once each, oldest first");
      }
    }
  }

  @Override
  public Optional<DataInterval> next(DataInterval last, RunBounds bounds, Instant now) {
    Instant earliest = bounds.earliest();
    if (!bounds.catchup() && (earliest == null || now.isAfter(earliest))) {
      earliest = now;
    }
    for (Instant event : events) {
      boolean beforeEarliest = earliest != null && event.isBefore(earliest);
      boolean alreadyRun = last != null && !event.isAfter(last.end());
      if (!beforeEarliest && !alreadyRun) {
        boolean afterLatest = bounds.latest() != null && event.isAfter(bounds.latest());
        return afterLatest ? Optional.empty() : Optional.of(DataInterval.exact(event));
      }
    }
    return Optional.empty();
  }

  @Override
  public DataInterval manualInterval(Instant runAfter) {
    if (!restrictToEvents || events.isEmpty()) {
      return DataInterval.exact(runAfter);
    }
    Instant chosen = events.get(0);
    for (Instant event : events) {
      if (!event.isAfter(runAfter)) {
        chosen = event;
      }
    }
    return DataInterval.exact(chosen);
  }

  @Override
  public String expression() {
    return events.size() + " events" + (restrictToEvents ? ", manual runs restricted to events" : "");
  }
}

package dev.nightshift.scheduler.dag;

import dev.nightshift.scheduler.schedule.Schedule;
import dev.nightshift.scheduler.schedule.ScheduleException;
import dev.nightshift.scheduler.schedule.Schedules;
import dev.nightshift.scheduler.schedule.Schedules.Kind;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a schedule written as a mapping, which names its kind: {@code {cron: "0 3 * * *", kind:
 * trigger, interval: 1h}}, {@code {every: P1M}}, {@code {events: [...], restrict_to_events:
 * true}}. Every problem is reported at its field, with its line.
 */
final class ScheduleReader {

  static final Set<String> FIELDS = Set.of("cron", "every", "events", "kind", "interval",
      "restrict_to_events");
  private static final Map<String, Set<String>> FIELDS_OF_KIND = Map.of(
      "interval", Set.of("cron", "every", "kind"),
      "trigger", Set.of("cron", "every", "kind", "interval"),
      "events", Set.of("events", "kind", "restrict_to_events"));

  private final NodeReader reader;
  private final ZoneId zone;

  ScheduleReader(NodeReader reader, ZoneId zone) {
    this.reader = reader;
    this.zone = zone;
  }

  /** The schedule, or null when a problem was reported. */
  Schedule read(Node node) {
    Map<String, Node> fields = reader.fields(node, FIELDS, "schedule");
    List<String> sources = FIELDS.stream().filter(f -> Set.of("cron", "every", "events").contains(f)
        && fields.containsKey(f)).sorted().toList();
    if (sources.size() != 1) {
      reader.problems().at(node, "schedule: give exactly one of 'cron', 'every' or 'events', found "
          + (sources.isEmpty() ? "none" : String.join(" and ", sources)));
      return null;
    }
    String source = sources.get(0);
    String kind = source.equals("events") ? "events" : "interval";
    if (fields.containsKey("kind")) {
      String written = reader.text(fields.get("kind"));
      if (written == null) {
        return null;
      }
      kind = written.strip().toLowerCase(Locale.ROOT);
      if (!FIELDS_OF_KIND.containsKey(kind)) {
        reader.problems().at(fields.get("kind"), "schedule.kind: unknown kind '" + written
            + "' (known: interval, trigger, events)" + NameSuggestions.hint(written, FIELDS_OF_KIND.keySet()));
        return null;
      }
    }
    boolean fits = true;
    String named = fields.containsKey("kind") ? "kind '" + kind + "'" : "kind '" + kind + "' (the default)";
    for (Map.Entry<String, Node> field : fields.entrySet()) {
      if (!FIELDS_OF_KIND.get(kind).contains(field.getKey())) {
        String hint = field.getKey().equals("interval") ? "; a look-back needs kind: trigger" : "";
        reader.problems().at(field.getValue(), "schedule." + field.getKey() + ": " + named
            + " does not take '" + field.getKey() + "' (it takes "
            + String.join(", ", FIELDS_OF_KIND.get(kind).stream().sorted().toList()) + ")" + hint);
        fits = false;
      }
    }
    if (!fits) {
      return null;
    }
    return kind.equals("events") ? events(fields) : periodic(fields, source, kind);
  }

  private Schedule periodic(Map<String, Node> fields, String source, String kind) {
    String text = reader.text(fields.get(source));
    String lookBack = fields.containsKey("interval") ? reader.text(fields.get("interval")) : null;
    if (text == null || (fields.containsKey("interval") && lookBack == null)) {
      return null;
    }
    if (lookBack != null) {
      try {
        Schedules.every(lookBack, zone, Kind.INTERVAL, null);
      } catch (ScheduleException e) {
        reader.problems().at(fields.get("interval"), "schedule.interval: " + e.getMessage());
        return null;
      }
    }
    Kind chosen = kind.equals("trigger") ? Kind.TRIGGER : Kind.INTERVAL;
    try {
      if (source.equals("every")) {
        if (!Schedules.isPeriod(text)) {
          throw new ScheduleException("'" + text + "' is not a period: write e.g. 30m, 2h, P1D, P1M, P1Y");
        }
        return Schedules.every(text, zone, chosen, lookBack);
      }
      if (Schedules.isPeriod(text) || text.strip().equalsIgnoreCase("@once")) {
        throw new ScheduleException("'" + text + "' is not a cron expression or a periodic preset"
            + (Schedules.isPeriod(text) ? "; write a period as 'every'" : "; write @once as the plain schedule"));
      }
      return Schedules.cron(text, zone, chosen, lookBack);
    } catch (ScheduleException e) {
      reader.problems().at(fields.get(source), "schedule." + source + ": " + e.getMessage());
      return null;
    }
  }

  private Schedule events(Map<String, Node> fields) {
    boolean restrict = false;
    if (fields.containsKey("restrict_to_events")) {
      Boolean value = reader.bool(fields.get("restrict_to_events"), "schedule.restrict_to_events");
      if (value == null) {
        return null;
      }
      restrict = value;
    }
    Node list = fields.get("events");
    if (!(list instanceof SequenceNode sequence)) {
      reader.problems().at(list, "schedule.events must be a list of dates, found " + NodeReader.describe(list));
      return null;
    }
    List<Instant> events = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < sequence.getValue().size(); i++) {
      Node item = sequence.getValue().get(i);
      String text = reader.text(item);
      if (text == null) {
        ok = false;
        continue;
      }
      Instant event;
      try {
        event = DagDates.parse(text, zone);
      } catch (DateTimeException e) {
        reader.problems().at(item, "schedule.events[" + i + "]: invalid date '" + text
            + "': write 2026-01-01, 2026-01-01T03:00 or 2026-01-01T03:00:00Z");
        ok = false;
        continue;
      }
      if (!events.isEmpty() && !event.isAfter(events.get(events.size() - 1))) {
        Instant before = events.get(events.size() - 1);
        reader.problems().at(item, "schedule.events[" + i + "]: " + event
            + (event.equals(before) ? " repeats the event before it" : " is before the event before it (" + before + ")")
            + "; list each event once, oldest first");
        ok = false;
      }
      events.add(event);
    }
    return ok ? Schedules.events(events, restrict, zone) : null;
  }
}

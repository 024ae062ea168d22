package dev.nightshift.scheduler.dag;

import dev.nightshift.scheduler.schedule.OnceSchedule;
import dev.nightshift.scheduler.schedule.RunBounds;
import dev.nightshift.scheduler.schedule.Schedule;
import dev.nightshift.scheduler.schedule.ScheduleException;
import dev.nightshift.scheduler.schedule.Schedules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.reader.UnicodeReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses and validates one DAG file (YAML, one DAG per file). Every problem of the file is
 * collected, each with its line and column; a file with any problem yields no definition.
 * Thread-safe: each call builds its own SnakeYAML composer from shared settings.
 */
public final class DagFileParser {

  /** The task types Nightshift ships runners for. */
  public static final Set<String> BUILT_IN_TASK_TYPES =
      Set.of("shell", "http", "noop", "batch", "spark", "publish", "airflow");

  public static final int DEFAULT_MAX_ACTIVE_RUNS = 16;
  public static final int DEFAULT_MAX_ACTIVE_TASKS = 16;
  /** Off, as in Airflow 3: a new or long-paused DAG runs its latest interval, not its backlog. */
  public static final boolean DEFAULT_CATCHUP = false;
  /** The zone of a DAG that names none; named, not an offset, so it shows as "UTC" as in Airflow. */
  public static final ZoneId UTC = ZoneId.of("UTC");

  static final Set<String> FIELDS =
      Set.of("id", "description", "tags", "schedule", "timezone", "start_date", "end_date", "catchup",
          "max_active_runs", "max_active_tasks", "params", "default_args", "tasks");
  private static final Pattern DAG_ID = TaskReader.ID;
  private static final LoaderOptions OPTIONS = loaderOptions();
  private static final Resolver RESOLVER = new Resolver();

  private final Set<String> knownTaskTypes;

  /**
   * @param knownTaskTypes the runner types a task may name; read at every parse, so a live view
   *     of a runner registry works
   */
  public DagFileParser(Set<String> knownTaskTypes) {
    this.knownTaskTypes = knownTaskTypes;
  }

  /** Reads and parses {@code file}; an unreadable file is reported as an import error. */
  public ParsedDagFile parse(Path file) {
    try {
      return parse(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      return new ParsedDagFile(file.toString(), "", null,
          List.of(new ImportError(file.toString(), 0, 0, "cannot read the file: " + e)), 0, 0);
    }
  }

  /** @param file how errors name the file, usually its path */
  public ParsedDagFile parse(String file, byte[] content) {
    String version = sha256(content);
    Problems problems = new Problems(file);
    Node root;
    try {
      Composer composer = new Composer(
          new ParserImpl(new StreamReader(new UnicodeReader(new ByteArrayInputStream(content))), OPTIONS),
          RESOLVER, OPTIONS);
      root = composer.getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      SourcePosition at = mark == null ? SourcePosition.START : SourcePosition.of(mark);
      problems.at(at.line(), at.column(), "YAML syntax error: " + syntaxProblem(e));
      return new ParsedDagFile(file, version, null, problems.list(), 0, 0);
    } catch (ReaderException e) {
      SourcePosition at = SourcePosition.ofCharacter(content, e.getPosition());
      problems.at(at.line(), at.column(), String.format(
          "YAML error: the character U+%04X is not allowed in a YAML file", e.getCodePoint()));
      return new ParsedDagFile(file, version, null, problems.list(), 0, 0);
    } catch (YAMLException e) {
      SourcePosition at = SourcePosition.firstMalformedUtf8(content).orElse(SourcePosition.START);
      problems.at(at.line(), at.column(), e.getCause() instanceof CharacterCodingException
          ? "YAML error: the file is not valid UTF-8 here" : "YAML error: " + e.getMessage());
      return new ParsedDagFile(file, version, null, problems.list(), 0, 0);
    }
    if (root == null) {
      problems.atFile("the file is empty; a DAG file needs at least 'id', 'schedule' and 'tasks'");
      return new ParsedDagFile(file, version, null, problems.list(), 0, 0);
    }
    if (!(root instanceof MappingNode)) {
      problems.at(root, "a DAG file must be a mapping of fields (id, schedule, tasks, ...), found "
          + NodeReader.describe(root));
      return new ParsedDagFile(file, version, null, problems.list(), 0, 0);
    }
    return new DagReading(file, version, root, problems).read();
  }

  /** SnakeYAML's context and problem as one sentence, with a hint for the usual cron mistake. */
  private static String syntaxProblem(MarkedYAMLException e) {
    String context = e.getContext();
    String problem = e.getProblem();
    String message = context == null ? problem : context + (problem.startsWith("but ") ? ", " : ": ") + problem;
    if (context != null && context.contains("alias")) {
      message += "; a value that starts with '*' must be quoted, e.g. schedule: \"*/5 * * * *\"";
    }
    return message;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit(1024 * 1024);
    return options;
  }

  /** The reading of one document's fields; lives for one parse. */
  private final class DagReading {
    private final String file;
    private final String version;
    private final Node root;
    private final Problems problems;
    private final NodeReader reader;
    private final PlainValues values = new PlainValues(OPTIONS);

    DagReading(String file, String version, Node root, Problems problems) {
      this.file = file;
      this.version = version;
      this.root = root;
      this.problems = problems;
      this.reader = new NodeReader(problems);
    }

    ParsedDagFile read() {
      Map<String, Node> fields = reader.fields(root, FIELDS, "the DAG");
      Node idNode = fields.getOrDefault("id", root);
      String dagId = required(fields, "id") ? reader.text(fields.get("id")) : null;
      if (dagId != null && !DAG_ID.matcher(dagId).matches()) {
        problems.at(idNode, "DAG id '" + dagId + "' may only contain letters, digits, '_', '-' and '.'");
      }
      ZoneId zone = fields.containsKey("timezone") ? zone(fields.get("timezone")) : UTC;
      Schedule schedule = schedule(fields.get("schedule"), zone == null ? UTC : zone);
      Instant start = fields.containsKey("start_date") ? date(fields.get("start_date"), zone) : null;
      if (start == null && !fields.containsKey("start_date") && schedule != null && !schedule.isManual()
          && !(schedule instanceof OnceSchedule)) {
        problems.at(root, "missing required field 'start_date' (schedule '" + schedule.expression()
            + "' needs a first interval)");
      }
      Instant end = fields.containsKey("end_date") ? date(fields.get("end_date"), zone) : null;
      boolean datesInOrder = start == null || end == null || !end.isBefore(start);
      if (start != null && schedule != null && !schedule.isManual() && datesInOrder
          && schedule.next(null, new RunBounds(start, end, true), start).isEmpty()) {
        problems.at(fields.get("schedule"), "schedule '" + schedule.expression()
            + "' never fires between start_date and end_date");
      }
      if (!datesInOrder) {
        problems.at(fields.get("end_date"), "end_date " + end + " is before start_date " + start);
      }
      boolean catchup = optional(fields, "catchup", DEFAULT_CATCHUP, n -> reader.bool(n, "catchup"));
      int maxRuns = optional(fields, "max_active_runs", DEFAULT_MAX_ACTIVE_RUNS,
          n -> reader.integer(n, 1, "max_active_runs"));
      int maxTasks = optional(fields, "max_active_tasks", DEFAULT_MAX_ACTIVE_TASKS,
          n -> reader.integer(n, 1, "max_active_tasks"));
      String description = optional(fields, "description", "", reader::text);
      List<String> tags = fields.containsKey("tags") ? reader.textList(fields.get("tags"), "tags") : List.of();
      Map<String, ParamSpec> params =
          fields.containsKey("params") ? new ParamReader(reader, values).read(fields.get("params")) : Map.of();
      TaskDefaults defaults = fields.containsKey("default_args")
          ? TaskDefaults.BUILT_IN.overriddenBy(
              reader.fields(fields.get("default_args"), TaskDefaults.FIELDS, "default_args"), reader)
          : TaskDefaults.BUILT_IN;
      List<LocatedTask> tasks = List.of();
      if (required(fields, "tasks")) {
        tasks = new TaskReader(reader, values, knownTaskTypes, defaults, params).read(fields.get("tasks"));
        new DependencyCheck(problems).check(tasks);
      }
      int idLine = idNode.getStartMark().getLine() + 1;
      int idColumn = idNode.getStartMark().getColumn() + 1;
      if (problems.any()) {
        return new ParsedDagFile(file, version, null, problems.list(), idLine, idColumn);
      }
      DagDefinition dag = new DagDefinition(dagId, description, tags, schedule, start, end, catchup, maxRuns,
          maxTasks, params, tasks.stream().map(LocatedTask::spec).toList(), file, version);
      return new ParsedDagFile(file, version, dag, List.of(), idLine, idColumn);
    }

    private boolean required(Map<String, Node> fields, String name) {
      if (fields.containsKey(name)) {
        return true;
      }
      problems.at(root, "missing required field '" + name + "'");
      return false;
    }

    private <T> T optional(Map<String, Node> fields, String name, T fallback, java.util.function.Function<Node, T> read) {
      Node node = fields.get(name);
      T value = node == null ? null : read.apply(node);
      return value == null ? fallback : value;
    }

    private ZoneId zone(Node node) {
      String text = reader.text(node);
      if (text == null) {
        return null;
      }
      try {
        return ZoneId.of(text.strip());
      } catch (DateTimeException e) {
        problems.at(node, "unknown time zone '" + text + "' (use an IANA name such as Europe/Berlin or UTC)"
            + NameSuggestions.hint(text, ZoneId.getAvailableZoneIds()));
        return null;
      }
    }

    private Schedule schedule(Node node, ZoneId zone) {
      if (node == null || NodeReader.isNull(node)) {
        return Schedules.parse(null, zone);
      }
      if (node instanceof MappingNode) {
        return new ScheduleReader(reader, zone).read(node);
      }
      String text = reader.text(node);
      if (text == null) {
        return null;
      }
      try {
        return Schedules.parse(text, zone);
      } catch (ScheduleException e) {
        problems.at(node, "schedule: " + e.getMessage());
        return null;
      }
    }

    private Instant date(Node node, ZoneId zone) {
      String text = reader.text(node);
      if (text == null || zone == null) {
        return null;
      }
      try {
        return DagDates.parse(text, zone);
      } catch (DateTimeException e) {
        problems.at(node, "invalid date '" + text + "': write 2026-01-01, 2026-01-01T03:00 or 2026-01-01T03:00:00Z");
        return null;
      }
    }
  }
}

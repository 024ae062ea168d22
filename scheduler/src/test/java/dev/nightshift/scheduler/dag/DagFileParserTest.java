package dev.nightshift.scheduler.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DagFileParserTest {

  private final DagFileParser parser = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES);

  private ParsedDagFile parse(String yaml) {
    return parser.parse("dags/test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> errors(String yaml) {
    return parse(yaml).errors().stream().map(ImportError::toString).toList();
  }

  @Test
  void a_complete_file_becomes_a_definition_with_defaults_applied() {
    ParsedDagFile parsed = parse("""
        id: feeds
        description: Rebuild home feeds
        tags: [feeds, nightly]
        schedule: "0 3 * * *"
        timezone: Europe/Berlin
        start_date: 2026-01-01
        end_date: 2026-12-31T23:00
        catchup: true
        max_active_runs: 2
        params:
          top_n: 50
          region: {type: string, default: eu, description: where}
        default_args:
          retries: 2
          retry_delay: 5m
          retry_exponential_backoff: true
          pool: batch
        tasks:
          - id: build
            type: batch
            args: {job: feedsJob, day: "{{ ds }}"}
            execution_timeout: 1h
          - id: publish
            type: publish
            depends_on: build
            retries: 0
            trigger_rule: all_done
            priority_weight: 10
        """);

    assertThat(parsed.errors()).isEmpty();
    DagDefinition dag = parsed.dag();
    assertThat(dag.dagId()).isEqualTo("feeds");
    assertThat(dag.tags()).containsExactly("feeds", "nightly");
    assertThat(dag.schedule().expression()).isEqualTo("0 3 * * *");
    assertThat(dag.schedule().zone().getId()).isEqualTo("Europe/Berlin");
    assertThat(dag.startDate()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
    assertThat(dag.endDate()).isEqualTo(Instant.parse("2026-12-31T22:00:00Z"));
    assertThat(dag.catchup()).isTrue();
    assertThat(dag.maxActiveRuns()).isEqualTo(2);
    assertThat(dag.maxActiveTasks()).isEqualTo(DagFileParser.DEFAULT_MAX_ACTIVE_TASKS);
    assertThat(dag.params().get("top_n")).isEqualTo(new ParamSpec("top_n", ParamType.INTEGER, 50, ""));
    assertThat(dag.params().get("region")).isEqualTo(new ParamSpec("region", ParamType.STRING, "eu", "where"));
    TaskSpec build = dag.task("build").orElseThrow();
    assertThat(build.args()).isEqualTo(Map.of("job", "feedsJob", "day", "{{ ds }}"));
    assertThat(build.retry()).isEqualTo(new RetryPolicy(2, Duration.ofMinutes(5), true, Duration.ofHours(24)));
    assertThat(build.executionTimeout()).isEqualTo(Duration.ofHours(1));
    assertThat(build.pool()).isEqualTo("batch");
    TaskSpec publish = dag.task("publish").orElseThrow();
    assertThat(publish.dependsOn()).containsExactly("build");
    assertThat(publish.retry().retries()).isZero();
    assertThat(publish.triggerRule()).isEqualTo(TriggerRule.ALL_DONE);
    assertThat(publish.priorityWeight()).isEqualTo(10);
    assertThat(dag.downstreamOf("build")).containsExactly(publish);
  }

  @Test
  void a_dag_that_names_no_time_zone_is_in_utc_shown_by_its_name() {
    DagDefinition dag = parse("""
        id: plain
        schedule: "@daily"
        start_date: 2026-01-01
        tasks: [{id: t, type: noop}]
        """).dag();

    assertThat(dag.timezone().getId()).isEqualTo("UTC");
  }

  @Test
  void the_version_is_the_sha256_of_the_bytes() {
    String yaml = "id: a\nschedule: manual\ntasks: {t: {type: shell}}\n";
    assertThat(parse(yaml).version())
        .isEqualTo(parse(yaml).version())
        .isNotEqualTo(parse(yaml + "# comment\n").version())
        .matches("[0-9a-f]{64}");
  }

  @Test
  void tasks_may_be_a_mapping_from_id_and_catchup_is_off_by_default() {
    ParsedDagFile parsed = parse("""
        id: manual_dag
        tasks:
          extract: {type: shell, args: {command: echo hi}}
          load: {type: http, depends_on: [extract]}
        """);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.dag().schedule().isManual()).isTrue();
    assertThat(parsed.dag().catchup()).isFalse();
    assertThat(parsed.dag().startDate()).isNull();
    assertThat(parsed.dag().tasks()).extracting(TaskSpec::taskId).containsExactly("extract", "load");
  }

  @Test
  void a_syntax_error_is_reported_with_line_and_column() {
    assertThat(errors("id: a\ntasks:\n  - id: x\n    type: [shell\n"))
        .singleElement().asString().startsWith("dags/test.yaml:5:1: YAML syntax error");
  }

  @Test
  void unknown_fields_suggest_the_closest_known_name() {
    assertThat(errors("""
        dag_id: a
        id: a
        schedul: "@daily"
        start_date: 2026-01-01
        tasks:
          - {id: t, type: shell, depend_on: [x]}
        """))
        .contains("dags/test.yaml:1:1: unknown field 'dag_id' in the DAG; did you mean 'id'?",
            "dags/test.yaml:3:1: unknown field 'schedul' in the DAG; did you mean 'schedule'?",
            "dags/test.yaml:6:26: unknown field 'depend_on' in a task; did you mean 'depends_on'?");
  }

  @Test
  void a_cycle_is_named_and_located_at_its_depends_on() {
    assertThat(errors("""
        id: a
        tasks:
          - {id: a, type: shell, depends_on: [c]}
          - {id: b, type: shell, depends_on: [a]}
          - {id: c, type: shell, depends_on: [b]}
        """))
        .containsExactly("dags/test.yaml:4:39: dependency cycle: a → c → b → a");
  }

  @Test
  void every_problem_of_a_file_is_reported_at_once() {
    List<String> errors = errors("""
        id: bad dag
        schedule: "61 * * * *"
        timezone: Europe/Berln
        start_date: 2026-02-30
        catchup: maybe
        max_active_runs: 0
        params:
          n: {type: integer, default: lots}
          m: {type: float}
        tasks:
          - {id: t, type: shel, retry_delay: soon, trigger_rule: all_succes}
          - {id: t, type: shell, depends_on: [missing]}
        """);
    assertThat(errors).containsExactlyInAnyOrder(
        "dags/test.yaml:1:5: DAG id 'bad dag' may only contain letters, digits, '_', '-' and '.'",
        "dags/test.yaml:2:11: schedule: invalid cron expression '61 * * * *': Failed to parse cron expression. Value 61 not in range [0, 59]",
        "dags/test.yaml:3:11: unknown time zone 'Europe/Berln' (use an IANA name such as Europe/Berlin or UTC); did you mean 'Europe/Berlin'?",
        "dags/test.yaml:5:10: catchup must be true or false, found 'maybe'",
        "dags/test.yaml:6:18: max_active_runs must be at least 1, found 0",
        "dags/test.yaml:8:31: default of parameter 'n' is not of type integer: lots",
        "dags/test.yaml:9:13: unknown parameter type 'float' (known: string, integer, number, boolean, array, object)",
        "dags/test.yaml:11:19: unknown task type 'shel' (known: airflow, batch, http, noop, publish, shell, spark); did you mean 'shell'?",
        "dags/test.yaml:11:38: retry_delay: invalid duration 'soon': write e.g. 90s, 30m, 2h, 1d, 1h30m or ISO-8601 PT30M",
        "dags/test.yaml:11:58: unknown trigger_rule 'all_succes' (known: all_success, all_failed, all_done, one_success, one_failed, none_failed, none_failed_min_one_success, always); did you mean 'all_success'?",
        "dags/test.yaml:12:10: duplicate task id 't'");
  }

  @Test
  void missing_dependencies_end_before_start_and_bad_dates_are_reported() {
    assertThat(errors("""
        id: a
        schedule: "@daily"
        start_date: 2026-02-01
        end_date: 2026-01-01
        tasks:
          - {id: x, type: shell, depends_on: [y, ectract]}
          - {id: extract, type: shell}
        """))
        .containsExactlyInAnyOrder(
            "dags/test.yaml:4:11: end_date 2026-01-01T00:00:00Z is before start_date 2026-02-01T00:00:00Z",
            "dags/test.yaml:6:39: task 'x' depends on 'y', which is not a task of this DAG",
            "dags/test.yaml:6:42: task 'x' depends on 'ectract', which is not a task of this DAG; did you mean 'extract'?");
  }

  @Test
  void a_scheduled_dag_needs_a_start_date_and_every_dag_needs_id_and_tasks() {
    assertThat(errors("schedule: \"@hourly\"\n"))
        .containsExactlyInAnyOrder(
            "dags/test.yaml:1:1: missing required field 'id'",
            "dags/test.yaml:1:1: missing required field 'start_date' (schedule '@hourly' needs a first interval)",
            "dags/test.yaml:1:1: missing required field 'tasks'");
  }

  @Test
  void the_runner_types_come_from_the_caller() {
    DagFileParser withCustom = new DagFileParser(java.util.Set.of("shell", "custom"));
    ParsedDagFile parsed = withCustom.parse("x.yaml",
        "id: a\ntasks: [{id: t, type: custom}]\n".getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.errors()).isEmpty();
  }

  @Test
  void a_task_type_may_name_a_param_whose_default_is_a_task_type() {
    ParsedDagFile parsed = parse("""
        id: a
        params: {engine: {type: string, default: batch}}
        tasks: [{id: t, type: "{{ params.engine }}"}]
        """);

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.dag().tasks().get(0).typeFor(parsed.dag().paramDefaults())).isEqualTo("batch");
    assertThat(parsed.dag().tasks().get(0).typeFor(java.util.Map.of("engine", "spark"))).isEqualTo("spark");
  }

  @Test
  void a_task_type_param_must_be_declared_and_default_to_a_task_type() {
    assertThat(errors("""
        id: a
        params: {engine: {type: string, default: sprak}}
        tasks:
          - {id: t, type: "{{ params.engine }}"}
          - {id: u, type: "{{ params.runner }}"}
        """)).containsExactly(
        "dags/test.yaml:4:19: task type '{{ params.engine }}': the default of param 'engine' must name a"
            + " task type (airflow, batch, http, noop, publish, shell, spark), found 'sprak'",
        "dags/test.yaml:5:19: task type '{{ params.runner }}' names param 'runner', which the DAG does"
            + " not declare under 'params'");
  }

  @Test
  void a_placeholder_that_could_never_be_rendered_is_an_import_error() {
    assertThat(errors("""
        id: a
        params: {region: eu}
        tasks:
          - id: t
            type: shell
            args:
              command: "run {{ ds }} {{ params.region }}"
              env: {DAY: "{{ ds | upper }}", N: "{{ params.n }}"}
        """))
        .containsExactly("dags/test.yaml:8:12: task 't': args.env.DAY: unknown template expression "
            + "'{{ ds | upper }}': only ds, ds_nodash, logical_date, data_interval_start, data_interval_end, "
            + "run_id, dag_id, task_id, try_number and params.<name> are substituted; expressions, filters "
            + "and calls are not evaluated");
  }

  @Test
  void common_mistakes_get_a_hint() {
    assertThat(errors("id: a\nschedule: */5 * * * *\nstart_date: 2026-01-01\ntasks: [{id: t, type: shell}]\n"))
        .containsExactly("dags/test.yaml:2:12: YAML syntax error: while scanning an alias: unexpected character "
            + "found /(47); a value that starts with '*' must be quoted, e.g. schedule: \"*/5 * * * *\"");
    assertThat(errors("id: a\nschedule: \"0 0 30 2 *\"\nstart_date: 2026-01-01\ntasks: [{id: t, type: shell}]\n"))
        .containsExactly("dags/test.yaml:2:11: schedule: cron expression '0 0 30 2 *' never fires");
    assertThat(errors("- a\n- b\n"))
        .containsExactly("dags/test.yaml:1:1: a DAG file must be a mapping of fields (id, schedule, tasks, ...), found a list");
    assertThat(errors("id: a\n---\nid: b\n"))
        .containsExactly("dags/test.yaml:2:1: YAML syntax error: expected a single document in the stream, but found another document");
  }

  @Test
  void every_kind_of_yaml_error_has_a_1_based_line_and_column() {
    assertThat(errors("id: a\nschedule: manual\ntasks:\n  - id: t\u0001\n"))
        .containsExactly("dags/test.yaml:4:10: YAML error: the character U+0001 is not allowed in a YAML file");
    byte[] latin1 = "id: a\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(parser.parse("dags/test.yaml", latin1).errors()).map(ImportError::toString)
        .containsExactly("dags/test.yaml:2:17: YAML error: the file is not valid UTF-8 here");
    assertThat(errors("id: a\n\tschedule: manual\n")).singleElement().asString()
        .startsWith("dags/test.yaml:2:1: YAML syntax error");
    assertThat(errors("id: [a\n")).singleElement().asString()
        .startsWith("dags/test.yaml:2:1: YAML syntax error");
    assertThat(errors("id: a\nid: b\n")).contains("dags/test.yaml:2:1: 'id' appears twice in the DAG");
    assertThat(errors("id: &x a\nschedule: *y\n"))
        .allSatisfy(error -> assertThat(error).matches("dags/test\\.yaml:[1-9]\\d*:[1-9]\\d*: .*"));
  }

  @Test
  void a_dag_needs_a_task() {
    assertThat(errors("id: a\ntasks: []\n")).containsExactly("dags/test.yaml:2:8: a DAG needs at least one task");
  }

  @Test
  void an_empty_file_is_an_error() {
    assertThat(errors("# nothing\n")).singleElement().asString().contains("the file is empty");
  }
}

package dev.nightshift.scheduler.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.scheduler.schedule.DataInterval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

  private static TemplateContext context(Map<String, Object> params) {
    return new TemplateContext("feeds", "build", "scheduled__2026-03-01T00:00:00+01:00",
        Instant.parse("2026-02-28T23:00:00Z"), new DataInterval(Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-01T23:00:00Z")),
        ZoneId.of("Europe/Berlin"), 2, params);
  }

  private static final TemplateContext CONTEXT = context(Map.of("region", "eu", "top_n", 50, "days", List.of(1, 2)));

  @Test
  void every_variable_is_substituted_in_the_dags_time_zone() {
    assertThat(TemplateRenderer.render(
        "{{ds}} {{ ds_nodash }} {{ logical_date }} {{ data_interval_start }} {{ data_interval_end }}", CONTEXT))
        .isEqualTo("2026-03-01 20260301 2026-03-01T00:00:00+01:00 2026-03-01T00:00:00+01:00 2026-03-02T00:00:00+01:00");
    assertThat(TemplateRenderer.render("{{ run_id }}|{{ dag_id }}|{{ task_id }}|{{ try_number }}", CONTEXT))
        .isEqualTo("scheduled__2026-03-01T00:00:00+01:00|feeds|build|2");
    assertThat(TemplateRenderer.render("--region={{ params.region }} --n={{params.top_n}} --days={{ params.days }}", CONTEXT))
        .isEqualTo("--region=eu --n=50 --days=[1,2]");
    assertThat(TemplateRenderer.render("no placeholders", CONTEXT)).isEqualTo("no placeholders");
  }

  @Test
  void a_manual_run_renders_its_own_logical_date_beside_its_inferred_interval() {
    TemplateContext manual = new TemplateContext("feeds", "build", "manual__2026-03-02T09:30:00Z",
        Instant.parse("2026-03-02T09:30:00Z"),
        new DataInterval(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")),
        java.time.ZoneOffset.UTC, 1, Map.of());
    assertThat(TemplateRenderer.render(
        "{{ ds }} {{ logical_date }} {{ data_interval_start }} {{ data_interval_end }}", manual))
        .isEqualTo("2026-03-02 2026-03-02T09:30:00Z 2026-03-01T00:00:00Z 2026-03-02T00:00:00Z");
  }

  @Test
  void strings_inside_maps_and_lists_are_rendered_and_other_values_kept() {
    Map<String, Object> args = Map.of(
        "command", "run {{ ds }}",
        "conf", Map.of("day", "{{ ds_nodash }}", "retries", 3),
        "files", List.of("a-{{ ds }}.parquet", true));
    assertThat(TemplateRenderer.renderArgs(args, CONTEXT)).isEqualTo(Map.of(
        "command", "run 2026-03-01",
        "conf", Map.of("day", "20260301", "retries", 3),
        "files", List.of("a-2026-03-01.parquet", true)));
  }

  @Test
  void anything_but_a_name_is_an_error_and_never_evaluated() {
    assertThatThrownBy(() -> TemplateRenderer.render("{{ ds | upper }}", CONTEXT))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("unknown template expression '{{ ds | upper }}': only ds, ds_nodash");
    assertThatThrownBy(() -> TemplateRenderer.render("{{ ''.__class__.__mro__ }}", CONTEXT))
        .hasMessageContaining("unknown template expression '{{ ''.__class__.__mro__ }}'");
    assertThatThrownBy(() -> TemplateRenderer.render("{{ macros.ds_add(ds, 1) }}", CONTEXT))
        .hasMessageContaining("expressions, filters and calls are not evaluated");
    assertThatThrownBy(() -> TemplateRenderer.render("{{ params.missing }}", CONTEXT))
        .hasMessage("unknown parameter 'missing' in '{{ params.missing }}' (declared: days, region, top_n)");
    assertThatThrownBy(() -> TemplateRenderer.render("open {{ ds", CONTEXT))
        .hasMessage("'{{' at position 5 is never closed with '}}' in 'open {{ ds'");
    assertThatThrownBy(() -> TemplateRenderer.renderArgs(Map.of("conf", Map.of("x", List.of("{{ nope }}"))), CONTEXT))
        .hasMessageStartingWith("args.conf.x[0]: unknown template expression '{{ nope }}'");
  }

  @Test
  void a_parameter_value_holding_placeholders_is_not_rendered_again() {
    TemplateContext injected = context(Map.of("name", "{{ run_id }} {{ params.name }} {{ ''.__class__ }}"));
    assertThat(TemplateRenderer.render("echo {{ params.name }}", injected))
        .isEqualTo("echo {{ run_id }} {{ params.name }} {{ ''.__class__ }}");
  }

  @Test
  void a_parameter_without_a_value_is_an_error() {
    Map<String, Object> params = new HashMap<>();
    params.put("day", null);
    assertThatThrownBy(() -> TemplateRenderer.render("{{ params.day }}", context(params)))
        .hasMessage("parameter 'day' has no value and no default");
  }

  @Test
  void problems_are_found_without_a_run() {
    assertThat(TemplateRenderer.problem(Map.of("c", "{{ ds }} {{ params.a }}"), "args", Set.of("a"))).isEmpty();
    assertThat(TemplateRenderer.problem(List.of("{{ params.b }}"), "args.x", Set.of("a")))
        .contains("args.x[0]: unknown parameter 'b' in '{{ params.b }}' (declared: a)");
  }
}

package dev.nightshift.monitoring.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped alert rules, their unit tests, the scrape example and the Grafana dashboards. */
class MonitoringFilesTest {
  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path RULES = MODULE.resolve("prometheus");
  static final Path DASHBOARDS = MODULE.resolve("grafana");

  @Test
  void promtool_accepts_the_alert_rules() throws Exception {
    Promtool.Result result = Promtool.run(RULES, "check", "rules", "alerts.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: 6 rules found");
  }

  @Test
  void the_alerts_fire_as_their_unit_tests_expect() throws Exception {
    Promtool.Result result = Promtool.run(RULES, "test", "rules", "alerts-test.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void the_example_scrape_configuration_is_valid_and_loads_the_rules() throws Exception {
    Path deploy = MODULE.getParent().resolve("deploy/prometheus");
    Promtool.Result result = Promtool.run(deploy, "check", "config", "prometheus.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: 6 rules found");
  }

  @Test
  void every_dashboard_is_grafana_json_with_prometheus_queries() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> listing = Files.list(DASHBOARDS)) {
      files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("cpu.json", "jobs.json", "overview.json", "scheduler.json", "serving.json");
    for (Path file : files) {
      JsonNode board = json.readTree(file.toFile());
      assertThat(board.path("uid").asText()).as(file + " uid").startsWith("nightshift-");
      assertThat(board.path("panels")).as(file + " panels").isNotEmpty();
      for (JsonNode panel : board.path("panels")) {
        assertThat(panel.path("targets")).as(file + ": " + panel.path("title")).isNotEmpty();
        panel.path("targets").forEach(target ->
            assertThat(target.path("expr").asText()).as(file + ": " + panel.path("title")).isNotBlank());
      }
    }
  }
}

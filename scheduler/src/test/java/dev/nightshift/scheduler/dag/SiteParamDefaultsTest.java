package dev.nightshift.scheduler.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteParamDefaultsTest {
  private final DagDefinition dag = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES)
      .parse("site.yaml", """
          id: site
          schedule: manual
          params:
            lake: {type: string, default: .nightshift/lake}
            top_n: {type: integer, default: 50}
          tasks:
            - id: echo
              type: shell
              args: {command: "echo {{ params.lake }}"}
          """.getBytes(StandardCharsets.UTF_8))
      .dag();

  @Test
  void aSiteDefaultReplacesTheDefaultOfAParamOfThatNameAndFittingType() {
    DagDefinition adjusted = dag.withParamDefaults(Map.of("lake", "/data/lake", "top_n", "many"));

    assertThat(adjusted.params().get("lake").defaultValue()).isEqualTo("/data/lake");
    assertThat(adjusted.params().get("top_n").defaultValue()).as("a string does not fit an integer").isEqualTo(50);
    assertThat(adjusted.version()).isEqualTo(dag.version());
  }

  @Test
  void aDagWithoutSuchParamsIsLeftAsItIs() {
    assertThat(dag.withParamDefaults(Map.of("region", "eu"))).isSameAs(dag);
  }
}

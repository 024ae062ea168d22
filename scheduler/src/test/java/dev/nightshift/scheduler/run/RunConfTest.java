package dev.nightshift.scheduler.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.scheduler.dag.ParamSpec;
import dev.nightshift.scheduler.dag.ParamType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunConfTest {
  private final Map<String, ParamSpec> params = Map.of(
      "limit", new ParamSpec("limit", ParamType.INTEGER, 10, ""),
      "region", new ParamSpec("region", ParamType.STRING, null, ""),
      "tags", new ParamSpec("tags", ParamType.ARRAY, List.of(), ""));

  @Test
  void missing_params_take_their_defaults_and_extra_keys_are_kept() {
    assertThat(RunConf.resolve("d", params, Map.of("region", "eu", "extra", true)))
        .containsEntry("limit", 10).containsEntry("region", "eu").containsEntry("extra", true)
        .containsEntry("tags", List.of());
  }

  @Test
  void every_wrong_or_missing_param_is_named_with_its_type() {
    assertThatThrownBy(() -> RunConf.resolve("d", params, Map.of("limit", "ten")))
        .isInstanceOf(InvalidRunConfException.class)
        .hasMessageContaining("DAG 'd'")
        .hasMessageContaining("param 'limit' must be integer, got String ten")
        .hasMessageContaining("param 'region' is required (string)");
  }
}

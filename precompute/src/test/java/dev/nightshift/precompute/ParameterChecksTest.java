package dev.nightshift.precompute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ParameterChecksTest {
  @Test
  void a_positive_long_is_the_fallback_when_blank_the_number_when_at_least_one_else_empty() {
    assertThat(ParameterChecks.positiveLong(null, 7)).hasValue(7);
    assertThat(ParameterChecks.positiveLong("  ", 7)).hasValue(7);
    assertThat(ParameterChecks.positiveLong(" 12 ", 7)).hasValue(12);
    assertThat(ParameterChecks.positiveLong("1", 7)).hasValue(1);
    assertThat(ParameterChecks.positiveLong("0", 7)).isEqualTo(OptionalLong.empty());
    assertThat(ParameterChecks.positiveLong("-3", 7)).isEmpty();
    assertThat(ParameterChecks.positiveLong("1.5", 7)).isEmpty();
    assertThat(ParameterChecks.positiveLong("99999999999999999999", 7)).isEmpty();
  }
}

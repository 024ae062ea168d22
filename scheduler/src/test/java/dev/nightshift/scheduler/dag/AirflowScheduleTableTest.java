package dev.nightshift.scheduler.dag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scheduler.dag.AirflowScheduleCases.Case;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case of {@link AirflowScheduleCases}, through the function that makes scheduled runs. */
class AirflowScheduleTableTest {

  static List<Case> cases() {
    return AirflowScheduleCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_next_run_is_the_one_airflow_makes(Case c) {
    var next = DueIntervals.next(c.dag(), c.previous(), c.now());

    if (c.expected() == null) {
      assertThat(next).as(c.citation()).isEmpty();
    } else {
      assertThat(next).as(c.citation()).contains(c.expected());
      assertThat(next.get().runAfter()).as(c.citation()).isEqualTo(c.expected().end());
    }
  }

  @Test
  void the_table_holds_at_least_a_hundred_cases() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(100);
  }
}

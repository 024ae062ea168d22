package dev.nightshift.batch.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class BuildParametersTest {

  @Test
  void the_interval_defaults_to_the_day_of_the_date() {
    BuildParameters build = BuildParameters.of(new JobParametersBuilder()
        .addString("lake", "lake").addString("date", "2026-11-24").toJobParameters());

    assertThat(build.date()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(build.start()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    assertThat(build.end()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(build.producer()).isEqualTo("cli");
  }

  @Test
  void interval_bounds_are_read_as_dag_templates_render_them() {
    BuildParameters build = BuildParameters.of(new JobParametersBuilder()
        .addString("lake", "lake").addString("date", "2026-11-24")
        .addString("start", "2026-11-24T10:00Z").addString("end", "2026-11-24T12:00:00+01:00")
        .toJobParameters());

    assertThat(build.start()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    assertThat(build.end()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
  }

  @Test
  void a_malformed_or_reversed_interval_names_the_parameter() {
    assertThatThrownBy(() -> BuildParameters.of(new JobParametersBuilder().addString("lake", "l")
        .addString("date", "2026-11-24").addString("end", "tomorrow").toJobParameters()))
        .hasMessage("job parameter 'end' must be an ISO-8601 date-time with offset, was 'tomorrow'");
    assertThatThrownBy(() -> BuildParameters.of(new JobParametersBuilder().addString("lake", "l")
        .addString("date", "2026-11-24").addString("start", "2026-11-25T01:00Z")
        .addString("end", "2026-11-25T00:00Z").toJobParameters()))
        .hasMessageContaining("'start' (2026-11-25T01:00:00Z) must not be after 'end'");
  }
}

package dev.nightshift.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.batch.standalone.JobRunSummary;
import dev.nightshift.batch.standalone.StandaloneJobs;
import dev.nightshift.batch.support.InvalidJobParameterException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class BadJobParametersTest {
  @TempDir static Path dataDir;
  private static StandaloneJobs jobs;

  @BeforeAll
  static void start() {
    jobs = StandaloneJobs.start(Map.of("nightshift.data-dir", dataDir.toString()));
  }

  @AfterAll
  static void stop() {
    jobs.close();
  }

  @Test
  void a_missing_partition_fails_the_job_naming_its_path() {
    JobRunSummary run = run("feeds", GeneratedLake.path().toString(), "2026-11-01");
    assertThat(run.status()).isEqualTo(BatchStatus.FAILED);
    assertThat(run.exitDescription()).contains("posts/dt=2026-11-01").doesNotContain("\tat ");
  }

  @Test
  void a_lake_that_does_not_exist_fails_the_job_naming_the_path() {
    JobRunSummary run = run("trends", dataDir.resolve("no-lake").toString(), "2026-11-24");
    assertThat(run.status()).isEqualTo(BatchStatus.FAILED);
    assertThat(run.exitDescription()).contains("lake does not exist").contains("no-lake");
  }

  @Test
  void a_bad_date_fails_the_job_naming_the_parameter() {
    JobRunSummary run = run("recommendations", GeneratedLake.path().toString(), "24.11.2026");
    assertThat(run.status()).isEqualTo(BatchStatus.FAILED);
    assertThat(run.exitDescription()).isEqualTo(
        "job parameter 'date' must be a date YYYY-MM-DD, was '24.11.2026'");
  }

  @Test
  void a_missing_date_is_refused_before_the_job_starts() {
    assertThatThrownBy(() -> jobs.run("compaction",
            new JobParametersBuilder().addString("lake", "x").toJobParameters()))
        .isInstanceOf(InvalidJobParameterException.class)
        .hasMessageContaining("'date' is required");
  }

  private static JobRunSummary run(String job, String lake, String date) {
    return jobs.run(job, new JobParametersBuilder()
        .addString("lake", lake).addString("date", date).toJobParameters());
  }
}

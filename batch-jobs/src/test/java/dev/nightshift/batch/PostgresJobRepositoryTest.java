package dev.nightshift.batch;

import static dev.nightshift.batch.GeneratedLake.END;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.batch.standalone.JobRunSummary;
import dev.nightshift.batch.standalone.StandaloneJobs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The job repository and the serving store on PostgreSQL instead of H2 files. */
class PostgresJobRepositoryTest {
  @TempDir Path dataDir;

  @Test
  void a_job_runs_with_its_repository_and_serving_store_on_postgresql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      Map<String, Object> settings = Map.of("nightshift.data-dir", dataDir.toString(),
          "nightshift.batch.datasource.url", url, "nightshift.batch.datasource.username", "postgres",
          "nightshift.serving.datasource.url", url, "nightshift.serving.datasource.username", "postgres");
      try (StandaloneJobs jobs = StandaloneJobs.start(settings)) {
        JobRunSummary run = jobs.run("trends", new JobParametersBuilder()
            .addString("lake", GeneratedLake.path().toString())
            .addString("date", END.toString()).toJobParameters());
        assertThat(run.succeeded()).as(run.format()).isTrue();
      }
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          ResultSet rows = c.createStatement().executeQuery(
              "SELECT (SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'),"
                  + " (SELECT COUNT(*) FROM batch_schema_history WHERE success)")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(1);
        assertThat(rows.getLong(2)).isPositive();
      }
    }
  }
}

package dev.nightshift.batch;

import static dev.nightshift.batch.GeneratedLake.END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.batch.standalone.JobRunSummary;
import dev.nightshift.batch.standalone.StandaloneJobs;
import dev.nightshift.batch.support.BuildParameters;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParameters;

/** A job killed with its JVM mid-build continues from its last committed chunk when run again. */
class RestartAfterKillTest {
  private static final Instant BUILD_TIME = END.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  @TempDir Path killed;
  @TempDir Path uninterrupted;

  static JobParameters parameters(String lake) {
    return new BuildParameters(lake, END, BUILD_TIME.minusSeconds(86_400), BUILD_TIME, "restart-test")
        .toJobParameters();
  }

  @Test
  void a_restart_after_a_kill_stores_the_same_documents_as_an_uninterrupted_run() throws Exception {
    String lake = GeneratedLake.path().toString();
    Process child = ChildJvm.start(FeedsJobMain.class, killed.toString(), lake);
    try {
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
          .until(() -> committedWorkerChunks(killed) >= 3);
    } finally {
      child.destroyForcibly().waitFor();
    }
    assertThat(query(killed, "batch", "SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("STARTED");
    long readBeforeKill = Long.parseLong(query(killed, "batch",
        "SELECT SUM(READ_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'feeds.build.worker%'").get(0));

    JobRunSummary restarted;
    // Larger chunks than the killed run: a restart resumes by item count, whatever the chunk size.
    try (StandaloneJobs jobs = StandaloneJobs.start(Map.of("nightshift.data-dir", killed.toString()))) {
      restarted = jobs.run("feeds", parameters(lake));
    }
    try (StandaloneJobs jobs = StandaloneJobs.start(Map.of("nightshift.data-dir", uninterrupted.toString()))) {
      assertThat(jobs.run("feeds", parameters(lake)).succeeded()).isTrue();
    }

    assertThat(restarted.succeeded()).as(restarted.format()).isTrue();
    long readAfterRestart = restarted.steps().stream()
        .filter(s -> s.name().startsWith("feeds.build.worker")).mapToLong(JobRunSummary.StepSummary::read).sum();
    long users = Long.parseLong(query(uninterrupted, "batch",
        "SELECT SUM(READ_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'feeds.build.worker%'").get(0));
    assertThat(readBeforeKill).isPositive();
    assertThat(readAfterRestart).isLessThan(users);
    String documents = "SELECT doc_key || '=' || CAST(body AS VARCHAR) FROM serving_document"
        + " WHERE dataset = 'feeds' ORDER BY doc_key";
    List<String> afterRestart = query(killed, "serving", documents);
    assertThat(afterRestart).hasSizeGreaterThan(100).isEqualTo(query(uninterrupted, "serving", documents));
    assertThat(query(killed, "serving", "SELECT COUNT(*) FROM serving_version WHERE dataset = 'feeds'"))
        .containsExactly("1");
  }

  private static long committedWorkerChunks(Path dataDir) {
    try {
      List<String> max = query(dataDir, "batch", "SELECT MAX(COMMIT_COUNT) FROM BATCH_STEP_EXECUTION"
          + " WHERE STEP_NAME LIKE 'feeds.build.worker%'");
      return max.isEmpty() || max.get(0) == null ? 0 : Long.parseLong(max.get(0));
    } catch (SQLException e) {
      return 0; // the child has not created the database yet
    }
  }

  private static List<String> query(Path dataDir, String database, String sql) throws SQLException {
    String url = "jdbc:h2:file:" + dataDir.resolve(database).toAbsolutePath()
        + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rows = c.createStatement().executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}

package dev.nightshift.platform.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.batch.BatchJobsConfiguration;
import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.LakeSink;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.VersionInfo;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.runner.batch.BatchRunner;
import dev.nightshift.scheduler.runner.publish.PublishRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The shipped feeds DAG, run by the scheduler: the batch job stages a version, publish serves it. */
class FeedsDagEndToEndTest {
  @TempDir Path dir;

  @Test
  void the_feeds_dag_builds_and_publishes_the_runs_own_version() throws Exception {
    Path lake = dir.resolve("lake");
    try (Lake target = Lake.create(lake.toString())) {
      new DataGenerator(new GeneratorConfig(0.005, 2, 42, LocalDate.of(2026, 11, 24)), 2)
          .run(new LakeSink(target), rows -> {});
    }
    Path dags = Files.createDirectories(dir.resolve("dags"));
    // The shipped file with its tasks unchanged; triggered only, so that no scheduled run for
    // today (for which the generated lake has no data) queues ahead of the triggered one.
    String shipped = Files.readString(Path.of("..", "dags", "feeds.yaml"));
    Files.writeString(dags.resolve("feeds.yaml"),
        shipped.replace("schedule: \"0 */4 * * *\"", "schedule: manual"));

    try (AnnotationConfigApplicationContext jobs = jobs(dir.resolve("data"));
        NightshiftScheduler scheduler = NightshiftScheduler.builder()
            .dataDir(dir.resolve("scheduler")).dagFolder(dags)
            .runner(callbacks -> new BatchRunner(jobs.getBean(JobOperator.class),
                jobs.getBean(JobRepository.class), jobs.getBean(JobRegistry.class), callbacks))
            .runner(callbacks -> new PublishRunner(jobs.getBean(ServingStore.class), callbacks))
            .start()) {
      DagRun run = scheduler.trigger("feeds", Map.of("lake", lake.toString()),
          Instant.parse("2026-11-24T20:00:00Z"));

      await().atMost(Duration.ofMinutes(2)).until(() ->
          scheduler.run("feeds", run.runId()).orElseThrow().state().isFinished());

      assertThat(scheduler.run("feeds", run.runId()).orElseThrow().state()).isEqualTo(RunState.SUCCESS);
      assertThat(scheduler.tries(new TaskRef("feeds", run.runId(), "build_feeds")).get(0).detail())
          .contains("job feeds execution").contains("COMPLETED").contains("sealed feeds version");
      ServingStore store = jobs.getBean(ServingStore.class);
      VersionInfo built = store.versions(ServingDataset.FEEDS).get(0);
      assertThat(built.producer()).isEqualTo("feeds/" + run.runId());
      assertThat(store.reader().current(ServingDataset.FEEDS)).hasValue(built.version());
    }
  }

  private static AnnotationConfigApplicationContext jobs(Path dataDir) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
        Map.of("nightshift.data-dir", dataDir.toString(), "nightshift.batch.threads", "2")));
    context.register(BatchJobsConfiguration.class);
    context.refresh();
    return context;
  }
}

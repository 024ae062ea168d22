package dev.nightshift.scheduler.runner.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingSchema;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.document.FeedDocument;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.runner.InvalidTaskArgsException;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The publish runner on a real H2 serving store. */
class PublishRunnerTest {
  private ServingStore store;
  private PublishRunner runner;

  @BeforeEach
  void store() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:publish-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ServingSchema.migrate(h2);
    store = new ServingStore(h2, Clock.systemUTC());
    runner = new PublishRunner(store, Runnable::run);
  }

  @Test
  void publishes_the_newest_version_sealed_by_the_same_run_and_not_another_runs() {
    long ours = sealed("feeds/run-1", 10);
    sealed("feeds/run-2", 10);

    RunHandle handle = runner.start(task("run-1", Map.of("dataset", "feeds")));

    assertThat(runner.observe(handle).state()).isEqualTo(TaskState.SUCCESS);
    assertThat(store.reader().current(ServingDataset.FEEDS)).isEqualTo(OptionalLong.of(ours));
  }

  @Test
  void a_failed_bound_fails_the_try_with_the_stores_message_and_keeps_the_current_version() {
    long first = sealed("feeds/run-1", 10);
    runner.start(task("run-1", Map.of("dataset", "feeds")));
    sealed("feeds/run-2", 2);

    RunHandle handle = runner.start(task("run-2", Map.of("dataset", "feeds",
        "max_row_count_change_ratio", "0.5")));

    Observation outcome = runner.observe(handle);
    assertThat(outcome.state()).isEqualTo(TaskState.FAILED);
    assertThat(outcome.detail()).contains("maxRowCountChangeRatio").contains("stays served");
    assertThat(store.reader().current(ServingDataset.FEEDS)).isEqualTo(OptionalLong.of(first));
  }

  @Test
  void keep_versions_drops_old_versions_after_publishing() {
    for (int run = 1; run <= 4; run++) {
      sealed("feeds/run-" + run, 5);
      runner.start(task("run-" + run, Map.of("dataset", "feeds", "keep_versions", 1)));
    }
    assertThat(store.versions(ServingDataset.FEEDS)).hasSizeLessThan(4);
  }

  @Test
  void without_a_version_of_this_run_the_task_cannot_start() {
    sealed("feeds/other", 3);
    assertThatThrownBy(() -> runner.start(task("run-9", Map.of("dataset", "feeds"))))
        .isInstanceOf(InvalidTaskArgsException.class)
        .hasMessageContaining("no sealed feeds version produced by feeds/run-9");
  }

  private long sealed(String producer, int users) {
    StagedVersion staged = store.stage(ServingDataset.FEEDS, producer);
    for (long user = 1; user <= users; user++) {
      staged.put(new FeedDocument(user, List.of(new FeedDocument.Item(user, 1, Instant.EPOCH, 1.0))));
    }
    staged.seal();
    return staged.version();
  }

  private static TaskContext task(String runId, Map<String, Object> args) {
    Instant now = Instant.now();
    return new TaskContext(new TaskRef("feeds", runId, "publish"), 1,
        new DataInterval(now.minusSeconds(60), now), args, Map.of(), Path.of("target", "publish.log"));
  }
}

package dev.nightshift.precompute.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.serving.document.DocumentCodec;
import dev.nightshift.precompute.serving.document.FeedDocument;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every database behind the serving store must show; one subclass per vendor. */
abstract class ServingStoreContract {
  static final ServingDataset FEEDS = ServingDataset.FEEDS;

  DataSource dataSource;
  ServingStore store;
  ServingReader reader;

  /** A freshly migrated, empty store database. */
  abstract DataSource freshDatabase();

  @BeforeEach
  void createStore() {
    dataSource = freshDatabase();
    ServingSchema.migrate(dataSource);
    store = new ServingStore(dataSource, Clock.systemUTC());
    reader = store.reader();
  }

  @Test
  void a_published_version_serves_the_stored_bytes_of_each_key() {
    FeedDocument alice = feed(1, 0.5, 0.7);
    long version = publish(FEEDS, ValidationBounds.ANY_NON_EMPTY, alice, feed(2, 0.1));

    assertThat(reader.current(FEEDS)).hasValue(version);
    assertThat(reader.read(FEEDS, version, "1"))
        .hasValueSatisfying(
            doc -> {
              assertThat(doc.body()).isEqualTo(DocumentCodec.toBytes(alice));
              assertThat(doc.itemCount()).isEqualTo(2);
            });
    assertThat(reader.read(FEEDS, version, "3")).isEmpty();
    assertThat(reader.isServable(FEEDS, version)).isTrue();
    assertThat(reader.current(ServingDataset.TRENDS)).isEmpty();
  }

  @Test
  void a_document_without_items_counts_as_a_row_but_not_in_the_score_distribution() {
    StagedVersion staged = store.stage(FEEDS, "test");
    staged.put(feed(1, 2.0));
    staged.put(feed(2, 4.0));
    staged.put(feed(3));
    VersionStats stats = staged.seal();

    assertThat(stats.rows()).isEqualTo(3);
    assertThat(stats.meanScore()).isEqualTo(3.0);
    assertThat(stats.p50Score()).isEqualTo(3.0);
  }

  @Test
  void seal_measures_row_count_and_score_distribution() {
    StagedVersion staged = store.stage(FEEDS, "test");
    for (int user = 1; user <= 10; user++) {
      staged.put(feed(user, user));
    }
    VersionStats stats = staged.seal();

    assertThat(stats.rows()).isEqualTo(10);
    assertThat(stats.meanScore()).isEqualTo(5.5);
    assertThat(stats.p50Score()).isEqualTo(5.5);
    assertThat(stats.p90Score()).isCloseTo(9.1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(store.versions(FEEDS))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.state()).isEqualTo(VersionState.SEALED);
              assertThat(v.producer()).isEqualTo("test");
              assertThat(v.stats()).hasValue(stats);
            });
  }

  @Test
  void a_staged_version_is_not_current_and_not_servable() {
    StagedVersion staged = store.stage(FEEDS, "test");
    staged.put(feed(1, 0.5));
    staged.close();

    assertThat(reader.current(FEEDS)).isEmpty();
    assertThat(reader.isServable(FEEDS, staged.version())).isFalse();
    assertThatThrownBy(() -> store.publish(FEEDS, staged.version(), ValidationBounds.ANY_NON_EMPTY))
        .isInstanceOf(ServingStoreException.class)
        .hasMessageContaining("it is STAGED, only a SEALED version can be published");
  }

  @Test
  void a_row_count_jump_past_its_bound_is_refused_and_the_previous_version_stays_served() {
    long first = publish(FEEDS, ValidationBounds.ANY_NON_EMPTY, feeds(10, 1.0));
    long shrunk = sealed(FEEDS, feeds(4, 1.0));

    assertThatThrownBy(() -> store.publish(FEEDS, shrunk, new ValidationBounds(1, 0.5, 10)))
        .isInstanceOfSatisfying(
            PublishValidationException.class,
            e -> {
              assertThat(e.bound()).isEqualTo("maxRowCountChangeRatio");
              assertThat(e.version()).isEqualTo(shrunk);
            })
        .hasMessageContaining(
            "row count changed by 60.0% (10 → 4), above maxRowCountChangeRatio 0.5")
        .hasMessageContaining("version " + first + " stays served");
    assertThat(reader.current(FEEDS)).hasValue(first);
    assertThat(reader.isServable(FEEDS, shrunk)).isFalse();
  }

  @Test
  void a_mean_score_shift_or_too_few_rows_is_refused() {
    long first = publish(FEEDS, ValidationBounds.ANY_NON_EMPTY, feeds(10, 1.0));
    long doubled = sealed(FEEDS, feeds(10, 2.0));

    assertThatThrownBy(() -> store.publish(FEEDS, doubled, new ValidationBounds(1, 0.5, 0.2)))
        .isInstanceOfSatisfying(
            PublishValidationException.class,
            e -> assertThat(e.bound()).isEqualTo("maxMeanScoreShiftRatio"))
        .hasMessageContaining("mean score shifted by 100.0% (1.0000 → 2.0000)");
    assertThatThrownBy(() -> store.publish(FEEDS, doubled, new ValidationBounds(11, 10, 10)))
        .isInstanceOfSatisfying(
            PublishValidationException.class, e -> assertThat(e.bound()).isEqualTo("minRows"))
        .hasMessageContaining("it has 10 rows, fewer than minRows 11");
    assertThat(reader.current(FEEDS)).hasValue(first);

    store.publish(FEEDS, doubled, new ValidationBounds(1, 0.5, 1.5));
    assertThat(reader.current(FEEDS)).hasValue(doubled);
  }

  @Test
  void rollback_serves_the_previous_published_version_again() {
    long first = publish(FEEDS, ValidationBounds.ANY_NON_EMPTY, feed(1, 0.1));
    long second = publish(FEEDS, ValidationBounds.ANY_NON_EMPTY, feed(1, 0.2));

    assertThat(store.rollback(FEEDS)).isEqualTo(first);

    assertThat(reader.current(FEEDS)).hasValue(first);
    assertThat(reader.read(FEEDS, first, "1").orElseThrow().body())
        .isEqualTo(DocumentCodec.toBytes(feed(1, 0.1)));
    assertThat(reader.isServable(FEEDS, second)).isFalse();
    assertThatThrownBy(() -> store.rollback(FEEDS))
        .isInstanceOf(ServingStoreException.class)
        .hasMessageContaining("no earlier published version is kept");
    assertThatThrownBy(() -> store.publish(FEEDS, second, ValidationBounds.ANY_NON_EMPTY))
        .hasMessageContaining("it is ROLLED_BACK");
  }

  @Test
  void retention_keeps_current_previous_newest_and_staged_versions() {
    List<Long> published = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      published.add(publish(FEEDS, ValidationBounds.ANY_NON_EMPTY, feed(1, 1.0)));
    }
    StagedVersion stillWriting = store.stage(FEEDS, "test");
    stillWriting.put(feed(1, 1.0));
    stillWriting.flush();
    long awaitingPublish = sealed(FEEDS, feed(1, 1.0));

    List<Long> dropped = store.dropPastRetention(FEEDS, 1);

    assertThat(dropped).containsExactlyElementsOf(published.subList(0, 3));
    assertThat(store.versions(FEEDS))
        .extracting(VersionInfo::version)
        .containsExactly(
            published.get(3), published.get(4), stillWriting.version(), awaitingPublish);
    assertThat(reader.read(FEEDS, published.get(0), "1")).isEmpty();
    assertThat(reader.current(FEEDS)).hasValue(published.get(4));
    stillWriting.close();
  }

  @Test
  void version_numbers_are_never_reused_after_the_newest_was_dropped() {
    long first = publish(FEEDS, ValidationBounds.ANY_NON_EMPTY, feed(1, 1.0));
    long second = publish(FEEDS, ValidationBounds.ANY_NON_EMPTY, feed(1, 1.0));
    store.rollback(FEEDS);

    assertThat(store.dropPastRetention(FEEDS, 0)).containsExactly(second);
    assertThat(store.stage(FEEDS, "test").version()).isGreaterThan(second);
    assertThat(reader.current(FEEDS)).hasValue(first);
  }

  @Test
  void the_schema_joins_a_database_that_already_holds_another_applications_tables()
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement statement = c.createStatement()) {
      // Flyway names its history table in quotes, in lower case, on H2 as on PostgreSQL.
      for (String table :
          List.of(
              "serving_document",
              "serving_current",
              "serving_version",
              "\"serving_schema_history\"")) {
        statement.execute("DROP TABLE " + table);
      }
      statement.execute("CREATE TABLE other_application (id INTEGER PRIMARY KEY)");
    }

    ServingSchema.migrate(dataSource);
    ServingSchema.migrate(dataSource);

    long version = publish(FEEDS, ValidationBounds.ANY_NON_EMPTY, feed(1, 0.5));
    assertThat(reader.current(FEEDS)).hasValue(version);
  }

  @Test
  void a_key_written_twice_to_one_version_is_refused() {
    StagedVersion staged = store.stage(FEEDS, "test");
    staged.put(feed(1, 1.0));
    staged.put(feed(1, 1.0));

    assertThatThrownBy(staged::flush)
        .isInstanceOf(ServingStoreException.class)
        .hasMessageContaining("writing documents to feeds version " + staged.version());
    staged.close();
  }

  @Test
  void readers_during_100_publishes_never_see_a_missing_or_mixed_version() throws Exception {
    int users = 5;
    publishVersionMarked(users);
    AtomicBoolean publishing = new AtomicBoolean(true);
    ExecutorService readers = Executors.newFixedThreadPool(3);
    List<Future<Long>> reads = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      reads.add(
          readers.submit(
              () -> {
                long checked = 0;
                while (publishing.get() || checked == 0) {
                  long version = reader.current(FEEDS).orElseThrow();
                  for (int user = 1; user <= users; user++) {
                    FeedDocument doc =
                        DocumentCodec.fromBytes(
                            reader
                                .read(FEEDS, version, Integer.toString(user))
                                .orElseThrow(
                                    () ->
                                        new AssertionError(
                                            "missing document in current version " + version))
                                .body(),
                            FeedDocument.class);
                    // Every document of version v carries v as its post id: anything else is a mix.
                    assertThat(doc.items().get(0).postId()).isEqualTo(version);
                    checked++;
                  }
                }
                return checked;
              }));
    }
    try {
      for (int i = 0; i < 100; i++) {
        publishVersionMarked(users);
      }
    } finally {
      publishing.set(false);
    }
    for (Future<Long> read : reads) {
      assertThat(read.get(60, TimeUnit.SECONDS)).isPositive();
    }
    readers.shutdown();
    assertThat(store.versions(FEEDS)).hasSize(101);
  }

  private void publishVersionMarked(int users) {
    StagedVersion staged = store.stage(FEEDS, "test");
    for (FeedDocument doc : versionMarkedFeeds(staged.version(), users)) {
      staged.put(doc);
    }
    staged.seal();
    store.publish(FEEDS, staged.version(), new ValidationBounds(users, 0, 0));
  }

  private long publish(ServingDataset dataset, ValidationBounds bounds, FeedDocument... docs) {
    long version = sealed(dataset, docs);
    store.publish(dataset, version, bounds);
    return version;
  }

  private long sealed(ServingDataset dataset, FeedDocument... docs) {
    StagedVersion staged = store.stage(dataset, "test");
    for (FeedDocument doc : docs) {
      staged.put(doc);
    }
    staged.seal();
    return staged.version();
  }

  static FeedDocument feed(long userId, double... scores) {
    return new FeedDocument(
        userId,
        IntStream.range(0, scores.length)
            .mapToObj(
                i ->
                    new FeedDocument.Item(
                        100 + i, 7, Instant.parse("2026-11-25T10:00:00Z"), scores[i]))
            .toList());
  }

  private static FeedDocument[] feeds(int users, double score) {
    return LongStream.rangeClosed(1, users)
        .mapToObj(u -> feed(u, score))
        .toArray(FeedDocument[]::new);
  }

  private static FeedDocument[] versionMarkedFeeds(long version, int users) {
    return LongStream.rangeClosed(1, users)
        .mapToObj(
            u ->
                new FeedDocument(u, List.of(new FeedDocument.Item(version, u, Instant.EPOCH, 1.0))))
        .toArray(FeedDocument[]::new);
  }
}

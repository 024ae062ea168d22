package dev.nightshift.serving;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.ValidationBounds;
import dev.nightshift.precompute.serving.document.FeedDocument;
import dev.nightshift.precompute.serving.document.ServingDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;

/** Publishes documents into the store the API under test reads. */
final class StoreFixture {
  final ServingStore store;

  StoreFixture(DataSource dataSource) {
    this.store = new ServingStore(dataSource, Clock.systemUTC());
  }

  long publish(ServingDataset dataset, ServingDocument... documents) {
    return publish(dataset, version -> List.of(documents));
  }

  /** Publishes a version whose documents may depend on its number. */
  long publish(ServingDataset dataset, LongFunction<List<? extends ServingDocument>> documents) {
    StagedVersion staged = store.stage(dataset, "test");
    documents.apply(staged.version()).forEach(staged::put);
    staged.seal();
    store.publish(dataset, staged.version(), ValidationBounds.ANY_NON_EMPTY);
    return staged.version();
  }

  /** A feed of {@code items} posts whose ids run from {@code firstPostId}. */
  static FeedDocument feed(long userId, long firstPostId, int items) {
    return new FeedDocument(
        userId,
        IntStream.range(0, items)
            .mapToObj(
                i ->
                    new FeedDocument.Item(
                        firstPostId + i, 7, Instant.parse("2026-11-25T10:00:00Z"), 1.0 / (i + 1)))
            .toList());
  }

  /** Feeds of users 1..users whose single post id is the version number: a mix shows. */
  static List<FeedDocument> versionMarkedFeeds(long version, int users) {
    return LongStream.rangeClosed(1, users).mapToObj(u -> feed(u, version, 1)).toList();
  }
}

package dev.nightshift.spark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingSchema;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.VersionStats;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;

/**
 * The serving store as a Spark job's driver writes it, through precompute's staging API as the
 * batch jobs do: stage a version, put every document, seal it. The {@code publish} task then
 * finds the sealed version by its producer.
 */
public final class ServingOutput implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final ServingStore store;

  private ServingOutput(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.store = new ServingStore(dataSource, Clock.systemUTC());
  }

  public static ServingOutput open(JobArguments args) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args.servingUrl());
    config.setUsername(args.servingUser());
    config.setPassword(args.servingPassword());
    config.setPoolName("nightshift-spark-serving");
    config.setMaximumPoolSize(2);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      ServingSchema.migrate(dataSource);
      return new ServingOutput(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  public ServingStore store() {
    return store;
  }

  /** Stages a version, writes {@code documents} into it, seals it and says so in one line. */
  public String write(ServingDataset dataset, String producer, Iterator<EncodedDocument> documents) {
    long version;
    try (StagedVersion staged = store.stage(dataset, producer)) {
      version = staged.version();
      while (documents.hasNext()) {
        EncodedDocument d = documents.next();
        staged.put(d.getKey(), d.getBody(), d.getItemCount(), d.scoreSummary());
      }
    }
    VersionStats stats = store.seal(dataset, version);
    return String.format(Locale.ROOT, "sealed %s version %d: %d documents, mean score %.4f",
        dataset, version, stats.rows(), stats.meanScore());
  }

  @Override
  public void close() {
    dataSource.close();
  }
}

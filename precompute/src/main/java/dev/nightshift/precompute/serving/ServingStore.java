package dev.nightshift.precompute.serving;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The write side of the serving store: stage → seal → publish, rollback and retention. Every
 * lifecycle step is one transaction that locks the dataset's pointer row, so concurrent calls for
 * one dataset run one after the other and readers see either the old or the new current version.
 * Thread-safe.
 */
public final class ServingStore {
  private final DataSource dataSource;
  private final Jdbc jdbc;
  private final Clock clock;

  public ServingStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = new Jdbc(dataSource);
    this.clock = clock;
  }

  public ServingReader reader() {
    return new ServingReader(dataSource);
  }

  /**
   * Starts a new version of {@code dataset} with the next version number; {@code producer} says who
   * builds it (job and run), for operators. Write its documents through the returned handle.
   */
  public StagedVersion stage(ServingDataset dataset, String producer) {
    long version =
        jdbc.inTransaction(
            "staging a version of " + dataset,
            c -> {
              VersionCatalog.lockCurrent(c, dataset);
              long next = VersionCatalog.nextVersionNumber(c, dataset);
              try (var statement =
                  Jdbc.prepare(
                      c,
                      "INSERT INTO serving_version (dataset, version, state,"
                          + " producer, created_at) VALUES (?, ?, ?, ?, ?)",
                      dataset.storedName(),
                      next,
                      VersionState.STAGED.name(),
                      producer,
                      Timestamp.from(clock.instant()))) {
                statement.executeUpdate();
              }
              return next;
            });
    return new StagedVersion(this, jdbc, dataset, version);
  }

  /**
   * Another handle on a version that is still {@link VersionState#STAGED}: for writers that add to
   * one version from several threads or processes, or continue it after a restart.
   */
  public StagedVersion resume(ServingDataset dataset, long version) {
    VersionInfo info = jdbc.read("resuming " + dataset + " version " + version,
        c -> VersionCatalog.require(c, dataset, version));
    if (info.state() != VersionState.STAGED) {
      throw new ServingStoreException("cannot add documents to " + dataset + " version " + version
          + ": it is " + info.state() + ", not STAGED");
    }
    return new StagedVersion(this, jdbc, dataset, version);
  }

  /** Freezes a staged version and records its statistics; idempotent for an already sealed one. */
  public VersionStats seal(ServingDataset dataset, long version) {
    return jdbc.inTransaction(
        "sealing " + dataset + " version " + version,
        c -> {
          VersionInfo info = VersionCatalog.require(c, dataset, version);
          if (info.state() != VersionState.STAGED) {
            return info.stats()
                .orElseThrow(
                    () ->
                        new ServingStoreException(
                            dataset
                                + " version "
                                + version
                                + " is "
                                + info.state()
                                + " without statistics"));
          }
          VersionStats stats = measure(c, dataset, version);
          try (var statement =
              Jdbc.prepare(
                  c,
                  "UPDATE serving_version SET state = ?, sealed_at = ?,"
                      + " row_count = ?, score_mean = ?, score_p50 = ?, score_p90 = ?"
                      + " WHERE dataset = ? AND version = ? AND state = ?",
                  VersionState.SEALED.name(),
                  Timestamp.from(clock.instant()),
                  stats.rows(),
                  stats.meanScore(),
                  stats.p50Score(),
                  stats.p90Score(),
                  dataset.storedName(),
                  version,
                  VersionState.STAGED.name())) {
            statement.executeUpdate();
          }
          return stats;
        });
  }

  /**
   * Validates a sealed version against the current one and makes it current, in one transaction. On
   * a failed bound throws {@link PublishValidationException} and leaves the current version served.
   * Publishing the version that is already current does nothing.
   */
  public void publish(ServingDataset dataset, long version, ValidationBounds bounds) {
    jdbc.inTransaction(
        "publishing " + dataset + " version " + version,
        c -> {
          OptionalLong current = VersionCatalog.lockCurrent(c, dataset);
          if (current.isPresent() && current.getAsLong() == version) {
            return null;
          }
          VersionInfo candidate = VersionCatalog.require(c, dataset, version);
          if (candidate.state() != VersionState.SEALED) {
            throw new ServingStoreException(
                "cannot publish "
                    + dataset
                    + " version "
                    + version
                    + ": it is "
                    + candidate.state()
                    + ", only a SEALED version can be published");
          }
          if (current.isPresent() && version < current.getAsLong()) {
            throw new ServingStoreException(
                "cannot publish "
                    + dataset
                    + " version "
                    + version
                    + ": it is older than the current version "
                    + current.getAsLong()
                    + "; use rollback to return to an earlier version");
          }
          Optional<VersionStats> currentStats =
              current.isPresent()
                  ? VersionCatalog.require(c, dataset, current.getAsLong()).stats()
                  : Optional.empty();
          Optional<ValidationBounds.Violation> violation =
              bounds.check(candidate.stats().orElseThrow(), currentStats);
          if (violation.isPresent()) {
            String kept = current.isPresent() ? "version " + current.getAsLong() : "nothing";
            throw new PublishValidationException(
                dataset,
                version,
                violation.get().bound(),
                violation.get().reason() + "; " + kept + " stays served");
          }
          VersionCatalog.transition(
              c,
              dataset,
              version,
              VersionState.SEALED,
              VersionState.PUBLISHED,
              "published_at",
              clock.instant());
          VersionCatalog.setCurrent(c, dataset, version, clock.instant());
          return null;
        });
  }

  /**
   * Makes the previous published version current again and withdraws the current one.
   *
   * @return the version that is current now
   * @throws NothingToRollBackException when no earlier published version is kept
   */
  public long rollback(ServingDataset dataset) {
    return jdbc.inTransaction(
        "rolling back " + dataset,
        c -> {
          long current =
              VersionCatalog.lockCurrent(c, dataset)
                  .orElseThrow(
                      () ->
                          new NothingToRollBackException(
                              "cannot roll back " + dataset + ": nothing is published"));
          long previous =
              VersionCatalog.previousPublished(c, dataset, current)
                  .orElseThrow(
                      () ->
                          new NothingToRollBackException(
                              "cannot roll back "
                                  + dataset
                                  + " from version "
                                  + current
                                  + ": no earlier published version is kept"));
          VersionCatalog.transition(
              c,
              dataset,
              current,
              VersionState.PUBLISHED,
              VersionState.ROLLED_BACK,
              null,
              clock.instant());
          VersionCatalog.setCurrent(c, dataset, previous, clock.instant());
          return previous;
        });
  }

  /**
   * Drops the versions {@link RetentionRule} does not keep, documents and all.
   *
   * @return the dropped version numbers
   */
  public List<Long> dropPastRetention(ServingDataset dataset, int keepNewest) {
    return jdbc.inTransaction(
        "dropping old versions of " + dataset,
        c -> {
          OptionalLong current = VersionCatalog.lockCurrent(c, dataset);
          List<Long> drop =
              RetentionRule.versionsToDrop(VersionCatalog.all(c, dataset), current, keepNewest);
          for (long version : drop) {
            for (String table : List.of("serving_document", "serving_version")) {
              try (var statement =
                  Jdbc.prepare(
                      c,
                      "DELETE FROM " + table + " WHERE dataset = ? AND version = ?",
                      dataset.storedName(),
                      version)) {
                statement.executeUpdate();
              }
            }
          }
          return drop;
        });
  }

  /** Every kept version of {@code dataset}, oldest first. */
  public List<VersionInfo> versions(ServingDataset dataset) {
    return jdbc.read("listing versions of " + dataset, c -> VersionCatalog.all(c, dataset));
  }

  private static VersionStats measure(Connection c, ServingDataset dataset, long version)
      throws SQLException {
    try (var statement =
            Jdbc.prepare(
                c,
                "SELECT COUNT(*), AVG(score),"
                    + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY score),"
                    + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY score)"
                    + " FROM serving_document WHERE dataset = ? AND version = ?",
                dataset.storedName(),
                version);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      // Rows without a score stay out of AVG and the percentiles; an empty version (or one of
      // such rows only) has none: SQL gives NULL, read as 0.
      return new VersionStats(
          rows.getLong(1), rows.getDouble(2), rows.getDouble(3), rows.getDouble(4));
    }
  }
}

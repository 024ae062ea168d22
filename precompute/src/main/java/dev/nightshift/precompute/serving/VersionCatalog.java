package dev.nightshift.precompute.serving;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The SQL over {@code serving_version} and {@code serving_current}, inside a caller's transaction.
 */
final class VersionCatalog {
  private static final String SELECT_VERSION =
      "SELECT version, state, producer, created_at, row_count,"
          + " score_mean, score_p50, score_p90 FROM serving_version WHERE dataset = ?";

  private VersionCatalog() {}

  /** Locks the dataset's pointer row, serialising stage, publish, rollback and retention. */
  static OptionalLong lockCurrent(Connection c, ServingDataset dataset) throws SQLException {
    try (var statement =
            Jdbc.prepare(
                c,
                "SELECT version FROM serving_current WHERE dataset = ? FOR UPDATE",
                dataset.storedName());
        ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new ServingStoreException(
            "the serving store has no pointer row for "
                + dataset
                + "; run ServingSchema.migrate on this database");
      }
      return Jdbc.optionalLong(rows, 1);
    }
  }

  static void setCurrent(Connection c, ServingDataset dataset, long version, Instant at)
      throws SQLException {
    try (var statement =
        Jdbc.prepare(
            c,
            "UPDATE serving_current SET version = ?, changed_at = ? WHERE dataset = ?",
            version,
            Timestamp.from(at),
            dataset.storedName())) {
      statement.executeUpdate();
    }
  }

  static long nextVersionNumber(Connection c, ServingDataset dataset) throws SQLException {
    try (var statement =
        Jdbc.prepare(
            c,
            "UPDATE serving_current SET last_version = last_version + 1 WHERE dataset = ?",
            dataset.storedName())) {
      statement.executeUpdate();
    }
    try (var statement =
            Jdbc.prepare(
                c,
                "SELECT last_version FROM serving_current WHERE dataset = ?",
                dataset.storedName());
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static Optional<VersionInfo> find(Connection c, ServingDataset dataset, long version)
      throws SQLException {
    try (var statement =
            Jdbc.prepare(c, SELECT_VERSION + " AND version = ?", dataset.storedName(), version);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(toInfo(dataset, rows)) : Optional.empty();
    }
  }

  static VersionInfo require(Connection c, ServingDataset dataset, long version)
      throws SQLException {
    return find(c, dataset, version)
        .orElseThrow(
            () ->
                new ServingStoreException(
                    dataset
                        + " has no version "
                        + version
                        + " (never staged, or dropped by retention)"));
  }

  static List<VersionInfo> all(Connection c, ServingDataset dataset) throws SQLException {
    try (var statement =
            Jdbc.prepare(c, SELECT_VERSION + " ORDER BY version", dataset.storedName());
        ResultSet rows = statement.executeQuery()) {
      List<VersionInfo> versions = new ArrayList<>();
      while (rows.next()) {
        versions.add(toInfo(dataset, rows));
      }
      return versions;
    }
  }

  /** The published version a rollback from {@code current} returns to. */
  static OptionalLong previousPublished(Connection c, ServingDataset dataset, long current)
      throws SQLException {
    try (var statement =
            Jdbc.prepare(
                c,
                "SELECT MAX(version) FROM serving_version WHERE dataset = ? AND state = ? AND"
                    + " version < ?",
                dataset.storedName(),
                VersionState.PUBLISHED.name(),
                current);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return Jdbc.optionalLong(rows, 1);
    }
  }

  /** Moves a version from {@code from} to {@code to}; false when it was not in {@code from}. */
  static boolean transition(
      Connection c,
      ServingDataset dataset,
      long version,
      VersionState from,
      VersionState to,
      String timestampColumn,
      Instant at)
      throws SQLException {
    String stamp = timestampColumn == null ? "" : ", " + timestampColumn + " = ?";
    List<Object> args = new ArrayList<>(List.of(to.name()));
    if (timestampColumn != null) {
      args.add(Timestamp.from(at));
    }
    args.addAll(List.of(dataset.storedName(), version, from.name()));
    try (var statement =
        Jdbc.prepare(
            c,
            "UPDATE serving_version SET state = ?"
                + stamp
                + " WHERE dataset = ? AND version = ? AND state = ?",
            args.toArray())) {
      return statement.executeUpdate() == 1;
    }
  }

  private static VersionInfo toInfo(ServingDataset dataset, ResultSet rows) throws SQLException {
    long rowCount = rows.getLong(5);
    Optional<VersionStats> stats =
        rows.wasNull()
            ? Optional.empty()
            : Optional.of(
                new VersionStats(
                    rowCount, rows.getDouble(6), rows.getDouble(7), rows.getDouble(8)));
    return new VersionInfo(
        dataset,
        rows.getLong(1),
        VersionState.valueOf(rows.getString(2)),
        rows.getString(3),
        rows.getTimestamp(4).toInstant(),
        stats);
  }
}

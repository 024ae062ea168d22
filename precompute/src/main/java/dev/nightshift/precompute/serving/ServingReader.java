package dev.nightshift.precompute.serving;

import java.sql.ResultSet;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The read side of the serving store, all the serving API needs. Thread-safe; every call is one
 * primary-key lookup. A version's documents never change once sealed, so a caller may cache what it
 * read by (dataset, version, key) for as long as it likes.
 */
public final class ServingReader {
  private final Jdbc jdbc;

  public ServingReader(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  /** The published version readers should use now, or empty before the first publish. */
  public OptionalLong current(ServingDataset dataset) {
    return jdbc.read(
        "reading the current version of " + dataset,
        c -> {
          try (var statement =
                  Jdbc.prepare(
                      c,
                      "SELECT version FROM serving_current WHERE dataset = ?",
                      dataset.storedName());
              ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
              return OptionalLong.empty();
            }
            return Jdbc.optionalLong(rows, 1);
          }
        });
  }

  /**
   * The document stored under {@code key} in {@code version}. Pass a version obtained from {@link
   * #current} or confirmed by {@link #isServable}; staged versions are not filtered out.
   */
  public Optional<StoredDocument> read(ServingDataset dataset, long version, String key) {
    return jdbc.read(
        "reading " + dataset + " version " + version + " key " + key,
        c -> {
          try (var statement =
                  Jdbc.prepare(
                      c,
                      "SELECT body, item_count FROM serving_document WHERE dataset = ? AND version"
                          + " = ? AND doc_key = ?",
                      dataset.storedName(),
                      version,
                      key);
              ResultSet rows = statement.executeQuery()) {
            return rows.next()
                ? Optional.of(new StoredDocument(rows.getBytes(1), rows.getInt(2)))
                : Optional.empty();
          }
        });
  }

  /** Whether {@code version} is published and still kept, so its documents may be served. */
  public boolean isServable(ServingDataset dataset, long version) {
    return jdbc.read(
        "checking " + dataset + " version " + version,
        c -> {
          try (var statement =
                  Jdbc.prepare(
                      c,
                      "SELECT 1 FROM serving_version WHERE dataset = ? AND version = ? AND state ="
                          + " ?",
                      dataset.storedName(),
                      version,
                      VersionState.PUBLISHED.name());
              ResultSet rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }
}

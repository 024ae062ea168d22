package dev.nightshift.precompute.serving;

import dev.nightshift.precompute.serving.document.DocumentCodec;
import dev.nightshift.precompute.serving.document.ServingDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.OptionalDouble;

/**
 * A version being written: documents are buffered and inserted in batches, each batch its own
 * transaction. Not thread-safe: one writer per handle. {@link #seal()} flushes and freezes the
 * version; {@link #close()} flushes and releases the connection.
 */
public final class StagedVersion implements AutoCloseable {
  static final int BATCH_SIZE = 500;
  private static final String INSERT =
      "INSERT INTO serving_document (dataset, version, doc_key,"
          + " item_count, score, body) VALUES (?, ?, ?, ?, ?, ?)";

  private final ServingStore store;
  private final Jdbc jdbc;
  private final ServingDataset dataset;
  private final long version;
  private Connection connection;
  private PreparedStatement insert;
  private int pending;
  private boolean sealed;

  StagedVersion(ServingStore store, Jdbc jdbc, ServingDataset dataset, long version) {
    this.store = store;
    this.jdbc = jdbc;
    this.dataset = dataset;
    this.version = version;
  }

  public ServingDataset dataset() {
    return dataset;
  }

  public long version() {
    return version;
  }

  /** Adds a document encoded by {@link DocumentCodec}. */
  public void put(ServingDocument document) {
    put(
        document.key(),
        DocumentCodec.toBytes(document),
        document.items().size(),
        document.scoreSummary());
  }

  /**
   * Adds a ready-made document: {@code body} is JSON with an {@code items} array of {@code
   * itemCount} entries, {@code score} the row's summary figure for publish validation (empty:
   * none, the row stays out of the score distribution).
   */
  public void put(String key, byte[] body, int itemCount, OptionalDouble score) {
    if (sealed) {
      throw new ServingStoreException(
          dataset + " version " + version + " is sealed; stage a new version");
    }
    try {
      if (insert == null) {
        connection = jdbc.connection();
        connection.setAutoCommit(false);
        insert = connection.prepareStatement(INSERT);
      }
      insert.setString(1, dataset.storedName());
      insert.setLong(2, version);
      insert.setString(3, key);
      insert.setInt(4, itemCount);
      if (score.isPresent()) {
        insert.setDouble(5, score.getAsDouble());
      } else {
        insert.setNull(5, Types.DOUBLE);
      }
      insert.setBytes(6, body);
      insert.addBatch();
      if (++pending >= BATCH_SIZE) {
        flush();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Writes the buffered documents. */
  public void flush() {
    if (pending == 0) {
      return;
    }
    try {
      insert.executeBatch();
      connection.commit();
      pending = 0;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Flushes, freezes the version and returns its statistics; the handle accepts no more documents.
   */
  public VersionStats seal() {
    close();
    sealed = true;
    return store.seal(dataset, version);
  }

  @Override
  public void close() {
    try {
      flush();
    } finally {
      release();
    }
  }

  private void release() {
    if (connection == null) {
      return;
    }
    try {
      insert.close();
      connection.close();
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      connection = null;
      insert = null;
    }
  }

  private ServingStoreException failure(SQLException e) {
    try {
      if (connection != null) {
        connection.rollback();
      }
    } catch (SQLException rollbackFailure) {
      e.addSuppressed(rollbackFailure);
    }
    pending = 0;
    return new ServingStoreException(
        "writing documents to "
            + dataset
            + " version "
            + version
            + " failed (a key written twice is refused): "
            + e.getMessage(),
        e);
  }
}

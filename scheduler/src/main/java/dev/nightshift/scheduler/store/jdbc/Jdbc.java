package dev.nightshift.scheduler.store.jdbc;

import dev.nightshift.scheduler.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Plain JDBC with parameter binding, row mapping and transactions. A transaction is bound to its
 * thread: store calls made inside {@link #tx} or {@link #inTransaction} on the same thread join
 * it, so that several calls commit together. Updates handed to {@link #defer} are held in the
 * transaction's {@link PendingWrites} and written before its next statement or its commit.
 */
final class Jdbc {
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private record Tx(Connection connection, PendingWrites pending) {}

  private final DataSource dataSource;
  // The transaction this thread is in: every call on this thread joins it until it commits.
  private final ThreadLocal<Tx> current = new ThreadLocal<>();

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code work} in this thread's transaction, or in a new one that commits after it. */
  <T> T tx(String what, Work<T> work) {
    Tx joined = current.get();
    if (joined != null) {
      try {
        joined.pending().flush(joined.connection());
      } catch (SQLException e) {
        throw new HeldBackWriteException(what, e);
      }
      try {
        return work.run(joined.connection());
      } catch (SQLException e) {
        throw new StoreException("could not " + what, e);
      }
    }
    return begin(what, work);
  }

  /**
   * Runs {@code work} in one transaction whose store calls join it: a new one, or this thread's
   * (then nothing is written on entering, so that held-back updates keep gathering).
   */
  <T> T inTransaction(String what, Supplier<T> work) {
    return current.get() != null ? work.get() : begin(what, c -> work.get());
  }

  /**
   * Hands updates to this thread's transaction, to be written before its next statement or at
   * its commit; without one, writes them in a transaction of their own at once.
   */
  void defer(Supplier<String> what, Consumer<PendingWrites> updates) {
    Tx joined = current.get();
    if (joined != null) {
      updates.accept(joined.pending());
      return;
    }
    begin(what.get(), c -> {
      updates.accept(current.get().pending());
      return null;
    });
  }

  <T> T read(String what, Work<T> work) {
    Tx joined = current.get();
    if (joined != null) {
      return tx(what, work);
    }
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("could not " + what, e);
    }
  }

  private <T> T begin(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      Tx tx = new Tx(c, new PendingWrites());
      current.set(tx);
      try {
        T result = work.run(c);
        tx.pending().flush(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        current.remove();
      }
    } catch (SQLException e) {
      throw new StoreException("could not " + what, e);
    }
  }

  int update(String what, String sql, Object... args) {
    return read(what, c -> update(c, sql, args));
  }

  <T> List<T> query(String what, String sql, RowMapper<T> mapper, Object... args) {
    return read(what, c -> query(c, sql, mapper, args));
  }

  <T> Optional<T> queryOne(String what, String sql, RowMapper<T> mapper, Object... args) {
    return query(what, sql, mapper, args).stream().findFirst();
  }

  /**
   * Runs {@code sql} once per row of arguments, in one round trip; a single row as a plain
   * statement. Returns the rows each one changed.
   */
  static int[] batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return new int[0];
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (rows.size() == 1) {
        bind(ps, rows.get(0));
        return new int[] {ps.executeUpdate()};
      }
      for (Object[] args : rows) {
        bind(ps, args);
        ps.addBatch();
      }
      return ps.executeBatch();
    }
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  /** Inserts one row and returns the key the database generated for it. */
  static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, args);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg instanceof Instant instant) {
        ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
      } else if (arg == null) {
        ps.setNull(i + 1, java.sql.Types.NULL);
      } else {
        ps.setObject(i + 1, arg);
      }
    }
  }
}

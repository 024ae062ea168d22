package dev.nightshift.scheduler.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The metadata database: a HikariCP pool, migrated by Flyway at open, whose statements are
 * counted. H2 in a file under the data directory is the embedded default; PostgreSQL is the
 * scaled-out choice.
 */
public final class MetadataDatabase implements AutoCloseable {
  private final HikariDataSource pool;
  private final StatementCounter counter = new StatementCounter();
  private final DataSource counted;

  private MetadataDatabase(HikariDataSource pool) {
    this.pool = pool;
    this.counted = new CountingDataSource(pool, counter);
  }

  /**
   * The embedded default: an H2 database in {@code <dataDir>/nightshift.mv.db}. WRITE_DELAY=0
   * hands every commit to the operating system at once: by default H2 delays writes by up to a
   * second, and a scheduler killed in that second would forget that it had started a task.
   */
  public static String h2FileUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("nightshift")
        + ";DB_CLOSE_DELAY=0;WRITE_DELAY=0";
  }

  /** Opens the pool and migrates the schema to the latest version. */
  public static MetadataDatabase open(String jdbcUrl, String user, String password, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    // Flyway holds two connections while it migrates.
    config.setMaximumPoolSize(Math.max(2, poolSize));
    config.setMinimumIdle(1);
    config.setPoolName("nightshift-metadata");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      if (jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw new MetadataDatabaseUnreachableException(jdbcUrl, e);
      }
      throw e;
    }
    try {
      Flyway flyway =
          Flyway.configure()
              .dataSource(pool)
              // What differs between the databases sits in a folder named for the vendor.
              .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
              .load();
      refuseNewerSchema(jdbcUrl, flyway.info());
      flyway.migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new MetadataDatabase(pool);
  }

  /**
   * Flyway on its own skips migrations it does not know ({@code ignoreMigrationPatterns=*:future}):
   * a database migrated by a newer build would be used with a schema this build cannot read.
   */
  private static final Set<MigrationState> FUTURE =
      EnumSet.of(MigrationState.FUTURE_SUCCESS, MigrationState.FUTURE_FAILED);

  private static void refuseNewerSchema(String jdbcUrl, MigrationInfoService info) {
    Optional<MigrationVersion> newest =
        Arrays.stream(info.all())
            .filter(m -> FUTURE.contains(m.getState()))
            .map(MigrationInfo::getVersion)
            .max(MigrationVersion::compareTo);
    if (newest.isPresent()) {
      String known =
          Arrays.stream(info.all())
              .filter(m -> m.getState().isResolved() && m.getVersion() != null)
              .map(MigrationInfo::getVersion)
              .max(MigrationVersion::compareTo)
              .map(MigrationVersion::getVersion)
              .orElse("none");
      throw new MetadataSchemaTooNewException(jdbcUrl, newest.get().getVersion(), known);
    }
  }

  /** The pool as the store uses it: every statement is counted. */
  public DataSource dataSource() {
    return counted;
  }

  public long statementsExecuted() {
    return counter.executed();
  }

  @Override
  public void close() {
    pool.close();
  }

  private record CountingDataSource(DataSource target, StatementCounter counter)
      implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return counter.wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return counter.wrap(target.getConnection(user, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return target.isWrapperFor(iface);
    }
  }
}

package dev.nightshift.batch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Connection pools for the job repository and the serving store, and the job repository's schema:
 * Spring Batch 6.0's own DDL for H2 or PostgreSQL, applied by Flyway with its history in {@code
 * batch_schema_history}, so the database may be shared with the scheduler or the serving store.
 */
public final class BatchDatabase {
  private static final String LOCATION = "classpath:dev/nightshift/batch/migration/";

  private BatchDatabase() {}

  public static HikariDataSource pool(BatchSettings.DatabaseSettings settings, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.username());
    config.setPassword(settings.password());
    config.setPoolName("nightshift-" + name);
    config.setMaximumPoolSize(Runtime.getRuntime().availableProcessors() * 2 + 4);
    return new HikariDataSource(config);
  }

  /** Creates or upgrades the {@code BATCH_*} tables; safe on every start. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION + vendor(dataSource))
        .table("batch_schema_history")
        // A database shared with other schemas is not empty; baseline 0 still runs V1.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  private static String vendor(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot reach the job repository's database: " + e.getMessage(), e);
    }
  }
}

package dev.nightshift.precompute.serving;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Creates or upgrades the serving store's tables ({@code serving_*}) in a database. */
public final class ServingSchema {
  private static final String LOCATION = "classpath:dev/nightshift/precompute/serving/migration";

  private ServingSchema() {}

  /**
   * Applies the pending migrations. Safe to call on every start and from several processes; the
   * history lives in its own table, so the database may also hold another application's schema.
   */
  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .table("serving_schema_history")
        // A database shared with the scheduler is not empty; baseline 0 still runs V1.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .placeholders(Map.of("binary_type", binaryType(dataSource)))
        .load()
        .migrate();
  }

  private static String binaryType(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres") ? "BYTEA" : "VARBINARY";
    } catch (SQLException e) {
      throw new ServingStoreException(
          "cannot reach the serving store's database: " + e.getMessage(), e);
    }
  }
}

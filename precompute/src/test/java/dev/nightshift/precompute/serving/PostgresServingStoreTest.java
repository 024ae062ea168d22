package dev.nightshift.precompute.serving;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on PostgreSQL, the scaled-out setup; each test gets a new database. */
class PostgresServingStoreTest extends ServingStoreContract {
  private static EmbeddedPostgres postgres;
  private static int databases;
  private HikariDataSource pool;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Override
  DataSource freshDatabase() {
    String name = "serving_" + (++databases);
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", name));
    config.setMaximumPoolSize(8);
    pool = new HikariDataSource(config);
    return pool;
  }

  @AfterEach
  void closePool() {
    pool.close();
  }
}

package dev.nightshift.precompute.serving;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on H2 in a file, the embedded default. */
class H2ServingStoreTest extends ServingStoreContract {
  @TempDir Path dir;
  private JdbcConnectionPool pool;

  @Override
  DataSource freshDatabase() {
    pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("serving"), "sa", "");
    pool.setMaxConnections(16);
    return pool;
  }

  @AfterEach
  void closePool() {
    pool.dispose();
  }
}

package dev.nightshift.scheduler.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an H2 file database, the embedded default. */
class H2RunStoreTest extends RunStoreContractTest {
  @TempDir Path dataDir;

  @Override
  String jdbcUrl() {
    return MetadataDatabase.h2FileUrl(dataDir);
  }
}

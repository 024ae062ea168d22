package dev.nightshift.batch;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Where the jobs keep their state and how hard they work, read from the Spring environment
 * (properties, command line, environment variables).
 *
 * @param dataDir {@code nightshift.data-dir}, default {@code .nightshift}
 * @param batchUrl {@code nightshift.batch.datasource.url}: the job repository, by default the H2
 *     file {@code <dataDir>/batch}
 * @param servingUrl {@code nightshift.serving.datasource.url}: the serving store, by default the H2
 *     file {@code <dataDir>/serving}
 * @param threads {@code nightshift.batch.threads}: partitions of a partitioned step, default the
 *     machine's cores
 * @param chunkSize {@code nightshift.batch.chunk-size}: items per committed chunk, default 200
 * @param synchronousLaunch {@code nightshift.batch.synchronous-launch}: when true a job runs on the
 *     caller's thread (the command line); by default it runs on its own thread
 */
public record BatchSettings(
    Path dataDir,
    DatabaseSettings batchDatabase,
    DatabaseSettings servingDatabase,
    int threads,
    int chunkSize,
    boolean synchronousLaunch) {

  public static final String DEFAULT_DATA_DIR = ".nightshift";
  public static final int DEFAULT_CHUNK_SIZE = 200;

  public BatchSettings {
    if (threads < 1) {
      throw new IllegalArgumentException("nightshift.batch.threads must be >= 1, was " + threads);
    }
    if (chunkSize < 1) {
      throw new IllegalArgumentException(
          "nightshift.batch.chunk-size must be >= 1, was " + chunkSize);
    }
  }

  /** A JDBC URL with its credentials. */
  public record DatabaseSettings(String url, String username, String password) {}

  public static BatchSettings from(Environment env) {
    Path dataDir = Path.of(env.getProperty("nightshift.data-dir", DEFAULT_DATA_DIR));
    return new BatchSettings(
        dataDir,
        database(env, "nightshift.batch.datasource", dataDir.resolve("batch")),
        database(env, "nightshift.serving.datasource", dataDir.resolve("serving")),
        env.getProperty(
            "nightshift.batch.threads", Integer.class, Runtime.getRuntime().availableProcessors()),
        env.getProperty("nightshift.batch.chunk-size", Integer.class, DEFAULT_CHUNK_SIZE),
        env.getProperty("nightshift.batch.synchronous-launch", Boolean.class, false));
  }

  private static DatabaseSettings database(Environment env, String prefix, Path h2File) {
    String url =
        env.getProperty(
            prefix + ".url",
            "jdbc:h2:file:" + h2File.toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
    return new DatabaseSettings(
        url, env.getProperty(prefix + ".username", "sa"), env.getProperty(prefix + ".password", ""));
  }
}

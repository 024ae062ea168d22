package dev.nightshift.batch;

import dev.nightshift.batch.standalone.StandaloneJobs;
import java.util.Map;

/** Runs the feeds job with one-user chunks: the process the restart test kills. */
public final class FeedsJobMain {
  private FeedsJobMain() {}

  /** Arguments: data dir, lake. */
  public static void main(String[] args) {
    try (StandaloneJobs jobs = StandaloneJobs.start(settings(args[0]))) {
      jobs.run("feeds", RestartAfterKillTest.parameters(args[1]));
    }
  }

  static Map<String, Object> settings(String dataDir) {
    return Map.of("nightshift.data-dir", dataDir, "nightshift.batch.threads", "2",
        "nightshift.batch.chunk-size", "1");
  }
}

package dev.nightshift.scheduler.runner.spark;

import dev.nightshift.scheduler.runner.HandleJson;
import java.nio.file.Path;

/**
 * What finds a submitted application again after a restart: the launch wrapper's pid and start
 * time (a pid alone may have been reused), the files it writes its exit code and the
 * application's state to, the log, and the master it was submitted to.
 */
record SparkHandle(long pid, long startedAtMillis, String exitFile, String stateFile, String logFile,
    String master) {
  String toExternalId() {
    return HandleJson.write(this);
  }

  static SparkHandle parse(String externalId) {
    return HandleJson.read(externalId, SparkHandle.class, "spark");
  }

  Path exitPath() {
    return Path.of(exitFile);
  }

  Path statePath() {
    return Path.of(stateFile);
  }

  Path logPath() {
    return Path.of(logFile);
  }
}

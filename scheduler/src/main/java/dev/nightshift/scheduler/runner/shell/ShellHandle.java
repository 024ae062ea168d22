package dev.nightshift.scheduler.runner.shell;

import dev.nightshift.scheduler.runner.HandleJson;
import java.nio.file.Path;

/**
 * What identifies a launched command after a restart: the wrapper's pid plus its start time (a
 * pid alone may have been reused), and the file the wrapper writes the exit code to.
 */
record ShellHandle(long pid, long startedAtMillis, String exitFile) {
  String toExternalId() {
    return HandleJson.write(this);
  }

  static ShellHandle parse(String externalId) {
    return HandleJson.read(externalId, ShellHandle.class, "shell");
  }

  Path exitPath() {
    return Path.of(exitFile);
  }
}

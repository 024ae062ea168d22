package dev.nightshift.scheduler.runner.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/**
 * What identifies a launched command after a restart: the wrapper's pid plus its start time (a
 * pid alone may have been reused), and the file the wrapper writes the exit code to.
 */
record ShellHandle(long pid, long startedAtMillis, String exitFile) {
  private static final ObjectMapper JSON = new ObjectMapper();

  String toExternalId() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ShellHandle parse(String externalId) {
    try {
      return JSON.readValue(externalId, ShellHandle.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a shell run handle: " + externalId, e);
    }
  }

  Path exitPath() {
    return Path.of(exitFile);
  }
}

package dev.nightshift.airflow.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.InstantSource;

/** Appends lines to a try's log; a try recovered after a restart may have none. */
final class TryLog {
  private final Path file;
  private final InstantSource clock;

  TryLog(Path file, InstantSource clock) {
    this.file = file;
    this.clock = clock;
  }

  void line(String text) {
    write("[" + Instant.from(clock.instant()) + "] " + text + "\n");
  }

  void raw(String text) {
    write(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
  }

  private void write(String text) {
    if (file == null) {
      return;
    }
    try {
      Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The log is a convenience; the outcome is recorded on the try either way.
    }
  }
}

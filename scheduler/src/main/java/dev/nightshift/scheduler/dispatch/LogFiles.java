package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.run.TaskRef;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tries write their output: {@code <dataDir>/logs/<dag>/<run>/<task>/<try>.log}. */
public final class LogFiles {
  private final Path root;

  public LogFiles(Path dataDir) {
    this.root = dataDir.resolve("logs");
  }

  /** The log file of one try, its folder created. */
  Path create(TaskRef task, int tryNumber) {
    Path file = path(task, tryNumber);
    try {
      Files.createDirectories(file.getParent());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create log folder " + file.getParent(), e);
    }
  }

  public Path path(TaskRef task, int tryNumber) {
    return root.resolve(task.dagId()).resolve(task.runId()).resolve(task.taskId())
        .resolve(tryNumber + ".log");
  }

  /**
   * Up to {@code maxBytes} of a try's log from byte {@code offset}; {@code nextOffset} is where
   * to continue, so that a reader can follow a running try.
   */
  public LogChunk read(TaskRef task, int tryNumber, long offset, int maxBytes) {
    Path file = path(task, tryNumber);
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(task + " has no log for try " + tryNumber);
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long start = Math.min(Math.max(offset, 0), in.length());
      byte[] buffer = new byte[(int) Math.min(maxBytes, in.length() - start)];
      in.seek(start);
      in.readFully(buffer);
      return new LogChunk(new String(buffer, StandardCharsets.UTF_8), start + buffer.length,
          in.length());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** A piece of a log; {@code size} is the file's length when read. */
  public record LogChunk(String text, long nextOffset, long size) {}
}

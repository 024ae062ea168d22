package dev.nightshift.scheduler.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A runner's handle record as the JSON string its {@link RunHandle} persists, and back. */
public final class HandleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HandleJson() {}

  public static String write(Record handle) {
    try {
      return JSON.writeValueAsString(handle);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fails naming the runner when {@code externalId} is not one of its handles. */
  public static <T extends Record> T read(String externalId, Class<T> type, String runnerType) {
    try {
      return JSON.readValue(externalId, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + runnerType + " run handle: " + externalId, e);
    }
  }

  /** A file next to a try's log: {@code <try>.log} → {@code <try><extension>}. */
  public static java.nio.file.Path sibling(java.nio.file.Path logFile, String extension) {
    String name = logFile.getFileName().toString().replaceFirst("\\.log$", "");
    return logFile.resolveSibling(name + extension);
  }
}

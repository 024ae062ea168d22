package dev.nightshift.airflow.runner;

import dev.nightshift.scheduler.run.TaskRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Airflow run id of a Nightshift try: the same for the same try, whoever computes it, so that
 * a scheduler that restarts finds the Airflow run it triggered instead of triggering another.
 */
final class AirflowRunIds {
  /** Airflow 2's default {@code run_id_pattern} allows these characters only. */
  private static final String UNSAFE = "[^A-Za-z0-9_.~:+-]";
  private static final int MAX_LENGTH = 250;

  private AirflowRunIds() {}

  static String forTry(TaskRef task, int tryNumber) {
    String id = "nightshift__" + task.dagId() + "__" + task.runId() + "__" + task.taskId() + "__try" + tryNumber;
    String safe = id.replaceAll(UNSAFE, "_");
    if (safe.equals(id) && safe.length() <= MAX_LENGTH) {
      return safe;
    }
    // Replaced characters could make two ids equal; a digest of the original keeps them apart.
    String digest = sha256(id).substring(0, 16);
    String head = safe.length() > MAX_LENGTH - 18 ? safe.substring(0, MAX_LENGTH - 18) : safe;
    return head + "__" + digest;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

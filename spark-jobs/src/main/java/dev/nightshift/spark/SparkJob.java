package dev.nightshift.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark application: what {@code main} runs with the session {@code spark-submit} configured.
 * Reads the lake from any Hadoop URI the cluster can reach; imports nothing of a scheduler.
 */
public interface SparkJob {
  /** The job's name: {@code feeds}, {@code trends}, {@code recommendations}, {@code compaction}. */
  String name();

  /**
   * Runs the job to its end on {@code spark} and returns the one-line outcome; bad input fails
   * with an exception naming the path or argument before anything is written.
   */
  String run(SparkSession spark, JobArguments args);

  /**
   * The body of every application's {@code main}: parses the arguments, runs the job, prints its
   * outcome and returns the exit code (0 done, 1 failed, 2 bad arguments). A failure prints one
   * line naming the reason, the stack trace only to the driver's log.
   */
  static int main(SparkJob job, String... argv) {
    JobArguments args;
    try {
      args = JobArguments.parse(argv);
    } catch (InvalidJobArgumentException e) {
      System.err.println("nightshift " + job.name() + ": " + e.getMessage());
      return 2;
    }
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName("nightshift-" + job.name());
    if (!conf.contains("spark.master")) {
      // Run with plain `java` rather than spark-submit: use this machine's cores.
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      String outcome = job.run(spark, args);
      System.out.println("COMPLETED: " + outcome);
      return 0;
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(SparkJob.class).error("nightshift {} failed", job.name(), e);
      System.err.println("FAILED: nightshift " + job.name() + ": " + reason(e));
      return 1;
    } finally {
      spark.stop();
    }
  }

  /** The innermost message, which names the path or value at fault. */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    return cause == e ? message : e.getMessage() + " (" + message + ")";
  }
}

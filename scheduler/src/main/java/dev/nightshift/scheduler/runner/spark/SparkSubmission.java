package dev.nightshift.scheduler.runner.spark;

import dev.nightshift.scheduler.runner.InvalidTaskArgsException;
import dev.nightshift.scheduler.runner.TaskArgs;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.batch.BatchRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.launcher.SparkLauncher;

/**
 * A task's arguments as a Spark submission. Either {@code job} (one of Nightshift's Spark jobs,
 * from the jobs jar) with {@code params} as the batch runner takes them, or {@code main_class},
 * {@code application} (a jar) and {@code app_args} for any Spark application. Both take {@code
 * master}, {@code deploy_mode}, {@code driver_memory}, {@code executor_memory}, {@code
 * driver_cores}, {@code executor_cores} and {@code conf} (a mapping of Spark properties).
 */
final class SparkSubmission {
  /** Nightshift's Spark jobs by name: the main classes of the spark-jobs module. */
  static final Map<String, String> JOBS = Map.of(
      "feeds", "dev.nightshift.spark.feeds.FeedsJob",
      "trends", "dev.nightshift.spark.trends.TrendsJob",
      "recommendations", "dev.nightshift.spark.recommendations.RecommendationsJob",
      "compaction", "dev.nightshift.spark.compaction.CompactionJob");
  /** The parameters the jobs take as options of their own; the rest go as {@code --param}. */
  private static final Set<String> OPTIONS = Set.of("lake", "date", "start", "end", "producer");

  private SparkSubmission() {}

  static String master(TaskArgs args, SparkSettings settings) {
    return args.string("master", settings.master());
  }

  /** Sets everything the task's arguments say on {@code launcher}. */
  static void configure(SparkLauncher launcher, TaskContext context, SparkSettings settings) {
    TaskArgs args = context.taskArgs();
    String job = args.string("job", null);
    if (job != null) {
      String mainClass = JOBS.get(job);
      if (mainClass == null) {
        throw new InvalidTaskArgsException(context.task() + ": argument 'job' names no Spark job: '"
            + job + "'; known jobs: " + String.join(", ", new java.util.TreeSet<>(JOBS.keySet())));
      }
      launcher.setMainClass(mainClass)
          .setAppResource(settings.jobsJar().toAbsolutePath().toString())
          .addAppArgs(jobArgs(context, args, settings).toArray(String[]::new));
    } else {
      launcher.setMainClass(args.requiredString("main_class"))
          .setAppResource(args.requiredString("application"))
          .addAppArgs(args.stringList("app_args").toArray(String[]::new));
    }
    launcher.setMaster(master(args, settings))
        .setAppName(context.task().dagId() + "." + context.task().taskId());
    String deployMode = args.string("deploy_mode", null);
    if (deployMode != null) {
      if (!deployMode.equals("client") && !deployMode.equals("cluster")) {
        throw new InvalidTaskArgsException(context.task()
            + ": argument 'deploy_mode' must be client or cluster, got '" + deployMode + "'");
      }
      launcher.setDeployMode(deployMode);
    }
    setIfGiven(launcher, args, "driver_memory", SparkLauncher.DRIVER_MEMORY);
    setIfGiven(launcher, args, "executor_memory", SparkLauncher.EXECUTOR_MEMORY);
    setIfGiven(launcher, args, "executor_cores", SparkLauncher.EXECUTOR_CORES);
    setIfGiven(launcher, args, "driver_cores", "spark.driver.cores");
    args.stringMap("conf").forEach((key, value) -> {
      if (!key.startsWith("spark.")) {
        throw new InvalidTaskArgsException(context.task() + ": argument 'conf' key '" + key
            + "' is not a Spark property (they start with spark.)");
      }
      launcher.setConf(key, value);
    });
  }

  /** The job's command line: the batch runner's parameters as options, plus the serving store. */
  private static List<String> jobArgs(TaskContext context, TaskArgs args, SparkSettings settings) {
    Map<String, String> params = new LinkedHashMap<>(args.stringMap("params"));
    params.putIfAbsent("producer", BatchRunner.producerOf(context));
    List<String> argv = new ArrayList<>();
    params.forEach((name, value) -> {
      if (OPTIONS.contains(name)) {
        argv.add("--" + name);
        argv.add(value);
      } else {
        argv.add("--param");
        argv.add(name + "=" + value);
      }
    });
    SparkSettings.ServingStoreUrl serving = settings.serving();
    argv.addAll(List.of("--serving-url", serving.url(), "--serving-user", serving.username(),
        "--serving-password", serving.password()));
    return argv;
  }

  private static void setIfGiven(SparkLauncher launcher, TaskArgs args, String name, String key) {
    String value = args.string(name, null);
    if (value != null) {
      launcher.setConf(key, value);
    }
  }
}

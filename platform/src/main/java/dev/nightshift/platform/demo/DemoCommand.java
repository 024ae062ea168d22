package dev.nightshift.platform.demo;

import dev.nightshift.platform.cli.LakeGeneration;
import dev.nightshift.platform.cli.PlatformOptions;
import dev.nightshift.platform.cli.ServerCommand;
import dev.nightshift.platform.startup.PlatformStart;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.store.DagRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nightshift demo}: generates a small lake when there is none, starts the platform on the
 * embedded defaults, runs every shipped DAG once, waits until they have published, prints where
 * to look, and keeps serving until Ctrl-C.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the whole platform on a small generated data set: every shipped DAG runs"
        + " once and publishes; the API, pages and metrics keep serving until Ctrl-C.")
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PlatformOptions platform;

  @Option(names = "--scale", defaultValue = "0.02",
      description = "Size of the generated lake, 1.0 = 100,000 users (default ${DEFAULT-VALUE}).")
  double scale;

  @Option(names = "--days", defaultValue = "3", description = "Days of generated events (default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--wait", defaultValue = "PT30M",
      description = "How long to wait for the DAGs to publish, ISO-8601 (default ${DEFAULT-VALUE}).")
  Duration wait;

  @Option(names = "--engine", defaultValue = "batch",
      description = "Where the shipped DAGs' build tasks run: batch (Spring Batch, in the platform)"
          + " or spark (Spark local[*] through spark-submit) (default ${DEFAULT-VALUE}).")
  String engine;

  @Option(names = "--exit-when-published",
      description = "Stop once the DAGs have run instead of serving until Ctrl-C.")
  boolean exitWhenPublished;

  @Override
  public Integer call() throws InterruptedException {
    if (!engine.equals("batch") && !engine.equals("spark")) {
      spec.commandLine().getErr().println("nightshift demo: --engine must be batch or spark, was '" + engine + "'");
      return 2;
    }
    Instant started = Instant.now();
    PrintWriter out = spec.commandLine().getOut();
    Path lake = platform.dataDir().resolve("lake").toAbsolutePath().normalize();
    // The lake ends today: a run for the current interval finds its day's partition.
    LakeGeneration.ensure(lake.toString(),
        new GeneratorConfig(scale, days, seed, LocalDate.now(ZoneOffset.UTC)), out);

    DemoProgress progress = new DemoProgress();
    out.println("starting the platform (data in " + platform.dataDir() + ", DAGs from " + platform.dagFolder() + ")");
    out.flush();
    ConfigurableApplicationContext context = PlatformStart.start(platform.dataDir(), platform.port(),
        List.of(ctx -> ctx.getBeanFactory().registerSingleton("demoProgress", progress)),
        platform.springArguments(List.of(
            "--nightshift.lake=" + lake, "--nightshift.api.generate-token=true",
            "--nightshift.engine=" + engine)));
    NightshiftScheduler scheduler = context.getBean(NightshiftScheduler.class);

    Set<RunRef> runs = runOnce(scheduler, started);
    out.println("running " + runs.size() + " DAGs:");
    Map<RunRef, RunState> outcome = progress.follow(runs, wait, out);
    DemoReport report = new DemoReport(started, runs, outcome, progress::finishedAt);
    report.print(out, platform.port(), platform.dataDir(), !exitWhenPublished);
    if (exitWhenPublished) {
      context.close();
      return report.allSucceeded() ? 0 : 1;
    }
    ServerCommand.awaitClose(context);
    return 0;
  }

  /**
   * One run of every active DAG: the run the scheduler created at start for a DAG's latest
   * interval if there is one, a manual run otherwise (a second demo, say). The platform makes the
   * demo's lake every DAG's {@code lake} default, so both kinds read it.
   */
  private static Set<RunRef> runOnce(NightshiftScheduler scheduler, Instant since) {
    Set<RunRef> runs = new LinkedHashSet<>();
    for (DagRecord dag : scheduler.dags()) {
      if (dag.active()) {
        runs.add(scheduler.runs(dag.dagId(), 1).stream()
            .filter(run -> !run.createdAt().isBefore(since))
            .findFirst()
            .orElseGet(() -> scheduler.trigger(dag.dagId(), Map.of(), null))
            .ref());
      }
    }
    return runs;
  }
}

package dev.nightshift.platform.cli;

import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GenerationSummary;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.LakeSink;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.LakeNotFoundException;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Fills a lake with generated data, with a progress bar on a terminal. */
public final class LakeGeneration {
  private LakeGeneration() {}

  /** Generates into {@code location} unless it already holds users: a second demo reuses data. */
  public static void ensure(String location, GeneratorConfig config, PrintWriter out) {
    if (hasData(location)) {
      out.println("reusing the lake at " + location);
      out.flush();
      return;
    }
    try (Lake lake = Lake.create(location)) {
      generate(lake, config, Runtime.getRuntime().availableProcessors(), out);
    }
  }

  static GenerationSummary generate(Lake target, GeneratorConfig config, int threads, PrintWriter out) {
    out.printf("generating scale=%s days=%d (%s..%s) seed=%d into %s%n", config.scale(), config.days(),
        config.firstDate(), config.endDate(), config.seed(), target.location());
    out.flush();
    GenerationSummary summary = runWithProgress(new DataGenerator(config, threads), new LakeSink(target));
    out.println("generated " + summary.line());
    out.flush();
    return summary;
  }

  private static boolean hasData(String location) {
    try (Lake lake = Lake.open(location)) {
      return !lake.partitions(Datasets.USERS).isEmpty();
    } catch (LakeNotFoundException e) {
      return false;
    }
  }

  /** A progress bar only on a terminal: redirected output stays free of carriage returns. */
  private static GenerationSummary runWithProgress(DataGenerator generator, LakeSink sink) {
    if (System.console() == null) {
      return generator.run(sink, rows -> {});
    }
    try (ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("generate")
        .setInitialMax(generator.plannedRows())
        .setUnit(" M rows", 1_000_000)
        .showSpeed(new DecimalFormat("0.0"))
        .build()) {
      LongConsumer progress = bar::stepBy;
      return generator.run(sink, progress);
    }
  }
}

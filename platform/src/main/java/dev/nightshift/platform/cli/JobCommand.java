package dev.nightshift.platform.cli;

import dev.nightshift.batch.standalone.JobRunSummary;
import dev.nightshift.batch.standalone.StandaloneJobs;
import dev.nightshift.batch.standalone.UnknownJobException;
import dev.nightshift.batch.support.InvalidJobParameterException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightshift job}: runs one batch job alone, without the scheduler. */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description = "Run a batch job alone (feeds, trends, recommendations, compaction).",
    subcommands = {JobCommand.Run.class, JobCommand.ListJobs.class})
public final class JobCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Run a job to its end and print its steps; exit 0 when it completed.")
  static final class Run implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "the job: feeds, trends, recommendations or compaction")
    String job;

    @Option(names = "--date", required = true, description = "the day to build, YYYY-MM-DD")
    String date;

    @Option(names = "--lake", required = true, description = "lake folder or Hadoop URI")
    String lake;

    @Option(names = "--data-dir", defaultValue = ".nightshift",
        description = "job repository and serving store folder (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--start", description = "data interval start, ISO-8601 date-time with offset")
    String start;

    @Option(names = "--end", description = "data interval end and build time, ISO-8601 date-time with offset"
        + " (default: midnight UTC after --date)")
    String end;

    @Option(names = "--param", description = "another job parameter, name=value")
    Map<String, String> extra = new LinkedHashMap<>();

    @Override
    public Integer call() {
      JobParametersBuilder parameters = new JobParametersBuilder()
          .addString("lake", lake).addString("date", date);
      if (start != null) {
        parameters.addString("start", start);
      }
      if (end != null) {
        parameters.addString("end", end);
      }
      extra.forEach(parameters::addString);
      try (StandaloneJobs jobs = StandaloneJobs.start(Map.of("nightshift.data-dir", dataDir.toString()))) {
        JobRunSummary summary = jobs.run(job, parameters.toJobParameters());
        (summary.succeeded() ? spec.commandLine().getOut() : spec.commandLine().getErr())
            .println(summary.format());
        return summary.succeeded() ? 0 : 1;
      } catch (UnknownJobException | InvalidJobParameterException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 1;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the jobs.")
  static final class ListJobs implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = ".nightshift", description = "job repository folder")
    Path dataDir;

    @Override
    public Integer call() {
      try (StandaloneJobs jobs = StandaloneJobs.start(Map.of("nightshift.data-dir", dataDir.toString()))) {
        jobs.jobNames().forEach(spec.commandLine().getOut()::println);
        return 0;
      }
    }
  }
}

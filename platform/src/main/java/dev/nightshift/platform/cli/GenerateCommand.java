package dev.nightshift.platform.cli;

import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.LakeException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code nightshift generate}: writes the synthetic input datasets into a lake. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Generate the synthetic input datasets (users, follows, posts, engagements, swipes, files,"
            + " file versions, chunks, messages and the planted trend bursts) into a lake."
            + " The same seed always gives the same rows.")
public final class GenerateCommand implements Callable<Integer> {
  static final int LAKE_ERROR = 1;

  @Spec CommandSpec spec;

  @Option(
      names = "--scale",
      defaultValue = "1.0",
      description =
          "Size: 1.0 is about 100,000 users, 1 M posts and 10 M engagements a day (default"
              + " ${DEFAULT-VALUE}).")
  double scale;

  @Option(
      names = "--days",
      defaultValue = "1",
      description = "Days of events, ending at --end-date (default ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--lake",
      required = true,
      description = "Lake location: a folder, or a Hadoop URI such as hdfs://host/lake.")
  String lake;

  @Option(
      names = "--end-date",
      converter = IsoDateConverter.class,
      description = "Last generated day, YYYY-MM-DD (default: yesterday, UTC).")
  LocalDate endDate;

  @Option(names = "--threads", description = "Generator threads (default: the machine's cores).")
  Integer threads;

  @Override
  public Integer call() {
    GeneratorConfig config = config();
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (threadCount < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threadCount);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Lake target = Lake.create(lake)) {
      LakeGeneration.generate(target, config, threadCount, out);
      return 0;
    } catch (LakeException | UncheckedIOException e) {
      spec.commandLine().getErr().println("nightshift generate: " + e.getMessage());
      return LAKE_ERROR;
    }
  }

  private GeneratorConfig config() {
    try {
      return endDate == null
          ? GeneratorConfig.endingYesterday(scale, days, seed)
          : new GeneratorConfig(scale, days, seed, endDate);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Parses YYYY-MM-DD with a message for people, not a parser's exception text. */
  static final class IsoDateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected YYYY-MM-DD, got '" + value + "'");
      }
    }
  }
}

package dev.nightshift.platform.cli.client;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --timeout} of the commands that wait on the server. */
public final class WaitOptions {

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "Give up waiting after this long (e.g. 90s, 10m, 2h; default: no limit), exit code "
              + ExitCodes.TIMED_OUT + ".")
  Duration timeout;

  public Waiting start(String goesOn, PrintWriter err) {
    return Waiting.start(timeout, goesOn, err);
  }

  /** {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d} or ISO-8601 such as {@code PT1H30M}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String text = value.trim().toLowerCase(Locale.ROOT);
      Duration duration;
      try {
        if (text.startsWith("p")) {
          duration = Duration.parse(text.toUpperCase(Locale.ROOT));
        } else {
          long amount = Long.parseLong(text.substring(0, text.length() - 1));
          duration =
              switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException();
              };
        }
      } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
        throw new IllegalArgumentException(
            "'" + value + "' is not a duration such as 90s, 10m, 2h or PT1H30M");
      }
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("'" + value + "' must be longer than zero");
      }
      return duration;
    }
  }
}

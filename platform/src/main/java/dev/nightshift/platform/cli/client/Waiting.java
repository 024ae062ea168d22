package dev.nightshift.platform.cli.client;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The pauses of a command that waits on the server ({@code --wait}, {@code backfill}, {@code logs
 * --follow}): short at first and again after any progress, then doubling up to {@link #LONGEST},
 * so that a long wait costs the server few requests; a deadline ({@code --timeout}); and Ctrl-C,
 * which ends the command with one line saying what goes on on the server and exit code {@value
 * ExitCodes#INTERRUPTED}. Close it when the wait is over.
 */
public final class Waiting implements AutoCloseable {
  static final Duration FIRST = Duration.ofMillis(200);
  static final Duration LONGEST = Duration.ofSeconds(5);

  /** How a pause is spent: {@code Thread::sleep} for real, a clock's advance in tests. */
  interface Sleeper {
    void sleep(Duration pause) throws InterruptedException;
  }

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration timeout;
  private final Instant deadline;
  private final String goesOn;
  private final Thread onInterrupt;
  private Duration next = FIRST;

  Waiting(Duration timeout, String goesOn, Clock clock, Sleeper sleeper, Thread onInterrupt) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.timeout = timeout;
    this.deadline = timeout == null ? null : clock.instant().plus(timeout);
    this.goesOn = goesOn;
    this.onInterrupt = onInterrupt;
  }

  /**
   * Starts waiting: {@code timeout} null waits without end; {@code goesOn} says what the server
   * keeps doing when the command gives up, e.g. "the run goes on on the server".
   */
  public static Waiting start(Duration timeout, String goesOn, PrintWriter err) {
    Thread onInterrupt =
        new Thread(
            () -> {
              err.println("error: interrupted; " + goesOn);
              err.flush();
              // The command is ended here, with the code that says so, not left to the JVM.
              Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
            },
            "nightshift-cli-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    return new Waiting(timeout, goesOn, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), onInterrupt);
  }

  /**
   * Pauses before the next poll; {@code progressed} tells whether the last poll saw anything new.
   *
   * @throws WaitTimeoutException once the deadline has passed
   */
  public void pause(boolean progressed) throws InterruptedException {
    if (progressed) {
      next = FIRST;
    }
    Duration pause = next;
    if (deadline != null) {
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new WaitTimeoutException("gave up waiting after " + format(timeout) + "; " + goesOn);
      }
      pause = pause.compareTo(left) > 0 ? left : pause;
    }
    sleeper.sleep(pause);
    next = next.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : next.multipliedBy(2);
  }

  @Override
  public void close() {
    if (onInterrupt != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or about to: it ends the command.
      }
    }
  }

  private static String format(Duration duration) {
    return duration.toString().substring(2).toLowerCase();
  }
}

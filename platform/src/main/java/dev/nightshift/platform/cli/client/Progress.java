package dev.nightshift.platform.cli.client;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how far something has got: a progress bar on a terminal, otherwise a plain line each time
 * the numbers change (logs and pipes get no control characters).
 */
public final class Progress implements AutoCloseable {
  private final PrintWriter lines;
  private final ProgressBar bar;
  private String last = "";

  private Progress(PrintWriter lines, ProgressBar bar) {
    this.lines = lines;
    this.bar = bar;
  }

  /** A bar on stderr when this process has a terminal, else plain lines on {@code out}. */
  public static Progress start(String task, long total, PrintWriter out, PrintStream terminal) {
    if (System.console() == null) {
      return new Progress(out, null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .continuousUpdate()
            .build();
    return new Progress(out, bar);
  }

  /** {@code done} of the total, with {@code detail} such as the state counts. */
  public void update(long done, long total, String detail) {
    if (bar != null) {
      bar.maxHint(total);
      bar.stepTo(done);
      bar.setExtraMessage(detail);
      return;
    }
    String line = done + "/" + total + " " + detail;
    if (!line.equals(last)) {
      lines.println(line);
      lines.flush();
      last = line;
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}

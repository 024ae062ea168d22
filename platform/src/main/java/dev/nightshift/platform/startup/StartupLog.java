package dev.nightshift.platform.startup;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The platform's log in {@code <data-dir>/nightshift.log}, with full stack traces, for as long as
 * the platform runs. While it starts, the terminal gets nothing from the log: a start that fails
 * is told in one or two lines by the command, and one that succeeds replays the warnings it held
 * back.
 */
final class StartupLog {
  static final String FILE = "nightshift.log";

  private final Logger root;
  private final FileAppender<ILoggingEvent> file;
  private final List<Appender<ILoggingEvent>> consoles = new ArrayList<>();
  private final HeldBack heldBack = new HeldBack();

  private StartupLog(Logger root, FileAppender<ILoggingEvent> file) {
    this.root = root;
    this.file = file;
  }

  static StartupLog open(Path dataDir) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    LoggerContext context = root.getLoggerContext();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger - %msg%n");
    encoder.start();
    FileAppender<ILoggingEvent> file = new FileAppender<>();
    file.setContext(context);
    file.setName("nightshift-file");
    file.setFile(dataDir.resolve(FILE).toString());
    file.setEncoder(encoder);
    file.start();
    root.addAppender(file);
    StartupLog log = new StartupLog(root, file);
    root.iteratorForAppenders()
        .forEachRemaining(
            appender -> {
              if (appender instanceof ConsoleAppender<ILoggingEvent>) {
                log.consoles.add(appender);
              }
            });
    log.consoles.forEach(root::detachAppender);
    log.heldBack.setContext(context);
    log.heldBack.start();
    root.addAppender(log.heldBack);
    return log;
  }

  Path file() {
    return Path.of(file.getFile());
  }

  /** Gives the terminal its log back, with the warnings of the start; the file keeps logging. */
  void started() {
    root.detachAppender(heldBack);
    consoles.forEach(root::addAppender);
    heldBack.events.forEach(event -> consoles.forEach(console -> console.doAppend(event)));
  }

  /** After a failed start: the terminal gets its log back and the file is closed. */
  void failed() {
    root.detachAppender(heldBack);
    consoles.forEach(root::addAppender);
    root.detachAppender(file);
    file.stop();
  }

  /** Warnings of the start, without their traces, for the terminal once the start succeeded. */
  private static final class HeldBack extends AppenderBase<ILoggingEvent> {
    final List<ILoggingEvent> events = new ArrayList<>();

    @Override
    protected synchronized void append(ILoggingEvent event) {
      if (event.getLevel().isGreaterOrEqual(Level.WARN) && events.size() < 100) {
        events.add(event);
      }
    }
  }
}

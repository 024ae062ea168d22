package dev.nightshift.serving.malformed;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/** Keeps the log events that carry a stack trace, from any logger, while it is open. */
public final class ErrorLogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<String> traced = new CopyOnWriteArrayList<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  public static ErrorLogCapture open() {
    ErrorLogCapture capture = new ErrorLogCapture();
    capture.setContext(capture.root.getLoggerContext());
    capture.start();
    capture.root.addAppender(capture);
    return capture;
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR)) {
      traced.add(
          event.getLevel()
              + " "
              + event.getLoggerName()
              + ": "
              + event.getFormattedMessage()
              + (event.getThrowableProxy() == null
                  ? ""
                  : " / " + event.getThrowableProxy().getClassName()));
    }
  }

  public List<String> traced() {
    return List.copyOf(traced);
  }

  @Override
  public void close() {
    root.detachAppender(this);
    stop();
  }
}

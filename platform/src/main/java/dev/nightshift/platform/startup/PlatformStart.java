package dev.nightshift.platform.startup;

import dev.nightshift.platform.app.NightshiftApplication;
import dev.nightshift.platform.cli.client.StartupFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the platform for a command: claims the data folder, checks the port, starts Spring with
 * its log in the data folder, and turns a failure into a {@link StartupFailure}. The claim is
 * given up when the platform stops.
 */
public final class PlatformStart {
  private PlatformStart() {}

  public static ConfigurableApplicationContext start(
      Path dataDir,
      int port,
      List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers,
      String... springArguments) {
    DataFolderLock lock = DataFolderLock.claim(dataDir, port);
    keepLoggingAsConfigured();
    StartupLog log;
    try {
      checkPortIsFree(port);
      log = StartupLog.open(lock.dataDir());
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
    ConfigurableApplicationContext context;
    try {
      context = NightshiftApplication.start(initializers, springArguments);
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(PlatformStart.class).error("The platform failed to start", e);
      log.failed();
      lock.close();
      throw StartupFailures.explain(e, lock.dataDir(), port, log.file());
    }
    log.started();
    lock.announce(
        Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "" + port)));
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            lock.close();
          }
        });
    return context;
  }

  /**
   * Boot would reset the logging of this process as it starts, dropping the log file and giving
   * the terminal the start's stack traces back; logback.xml stays the one configuration, and
   * java.util.logging (Tomcat's) goes through it too.
   */
  private static void keepLoggingAsConfigured() {
    System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }

  /** Port 0 asks for any free port; another is tried before anything else starts. */
  private static void checkPortIsFree(int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw StartupFailures.portInUse(port);
    }
  }
}

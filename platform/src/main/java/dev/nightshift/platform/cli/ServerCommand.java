package dev.nightshift.platform.cli;

import dev.nightshift.platform.app.NightshiftApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code nightshift server}: runs the whole platform in this process until Ctrl-C. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = "Run the scheduler, the serving API and the pages in one process until stopped.")
public final class ServerCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data-dir", defaultValue = ".nightshift",
      description = "Metadata database, serving store and task logs (default ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--dag-folder", defaultValue = "dags",
      description = "The watched folder of DAG files (default ${DEFAULT-VALUE}).")
  Path dagFolder;

  @Unmatched
  List<String> springArguments = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    ConfigurableApplicationContext context = NightshiftApplication.start(arguments(port, dataDir, dagFolder, springArguments));
    awaitClose(context);
    return 0;
  }

  /** Spring Boot arguments for the platform; extra {@code --spring.x=y} arguments pass through. */
  public static String[] arguments(int port, Path dataDir, Path dagFolder, List<String> extra) {
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=" + port,
        // Absolute: H2 refuses a database path that is implicitly relative to the working folder.
        "--nightshift.data-dir=" + dataDir.toAbsolutePath().normalize(),
        "--nightshift.dag-folder=" + dagFolder.toAbsolutePath().normalize()));
    arguments.addAll(extra);
    return arguments.toArray(String[]::new);
  }

  /** Blocks until the context closes (Ctrl-C runs Spring's shutdown hook, which closes it). */
  public static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    if (context.isActive()) {
      closed.await();
    }
  }
}

package dev.nightshift.platform.cli;

import dev.nightshift.platform.startup.PlatformStart;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/** {@code nightshift server}: runs the whole platform in this process until Ctrl-C. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = "Run the scheduler, the serving API and the pages in one process until stopped.")
public final class ServerCommand implements Callable<Integer> {

  @Mixin PlatformOptions platform;

  @Unmatched
  List<String> springArguments = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    ConfigurableApplicationContext context =
        PlatformStart.start(
            platform.dataDir(), platform.port(), List.of(), platform.springArguments(springArguments));
    awaitClose(context);
    return 0;
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

package dev.nightshift.serving;

import java.util.concurrent.TimeUnit;
import org.apache.coyote.ProtocolHandler;
import org.apache.tomcat.util.threads.TaskQueue;
import org.apache.tomcat.util.threads.TaskThreadFactory;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;

/**
 * Tomcat's request threads, named {@code nightshift-serving-N} so that per-thread CPU time adds up
 * to what serving costs. Tomcat's own pool would be named after the port.
 */
final class ServingThreads
    implements TomcatProtocolHandlerCustomizer<ProtocolHandler>, DisposableBean {
  static final String NAME_PREFIX = "nightshift-serving-";

  private final ThreadPoolExecutor executor;

  ServingThreads(int threads) {
    TaskQueue queue = new TaskQueue();
    executor =
        new ThreadPoolExecutor(
            Math.min(4, threads),
            threads,
            60,
            TimeUnit.SECONDS,
            queue,
            new TaskThreadFactory(NAME_PREFIX, true, Thread.NORM_PRIORITY));
    queue.setParent(executor);
  }

  @Override
  public void customize(ProtocolHandler handler) {
    handler.setExecutor(executor);
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}

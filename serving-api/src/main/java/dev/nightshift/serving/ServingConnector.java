package dev.nightshift.serving;

import java.util.concurrent.TimeUnit;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.threads.TaskQueue;
import org.apache.tomcat.util.threads.TaskThreadFactory;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat's request threads and connections, sized for serving. The threads are named {@code
 * nightshift-serving-N} so that per-thread CPU time adds up to what the web server costs; Tomcat's
 * own pool would be named after the port. A serving request never waits on anything but a cache
 * miss, so a few threads per core keep the cores busy: more only take turns on them and contend for
 * the same queue and counters (CPU per request grows with the thread count). Kept-alive connections
 * are reused for many requests, as clients that poll the API hold them open. Applied after Boot's
 * own settings: these replace {@code server.tomcat.threads.*} and {@code
 * server.tomcat.max-keep-alive-requests}.
 */
final class ServingConnector
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>,
        Ordered,
        DisposableBean {
  static final String NAME_PREFIX = "nightshift-serving-";

  private final ThreadPoolExecutor executor;
  private final int maxKeepAliveRequests;

  ServingConnector(int threads, int maxKeepAliveRequests) {
    this.maxKeepAliveRequests = maxKeepAliveRequests;
    TaskQueue queue = new TaskQueue();
    executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            queue,
            new TaskThreadFactory(NAME_PREFIX, true, Thread.NORM_PRIORITY));
    queue.setParent(executor);
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    // A connector customizer: Boot applies its own settings as such, and these run in order.
    factory.addConnectorCustomizers(connector -> customize(connector.getProtocolHandler()));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  private void customize(ProtocolHandler handler) {
    handler.setExecutor(executor);
    if (handler instanceof AbstractHttp11Protocol<?> http) {
      http.setMaxKeepAliveRequests(maxKeepAliveRequests);
    }
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}

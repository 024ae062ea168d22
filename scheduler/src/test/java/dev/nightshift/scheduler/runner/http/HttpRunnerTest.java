package dev.nightshift.scheduler.runner.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.TaskRunner;
import dev.nightshift.scheduler.runner.TaskRunnerContractTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRunnerTest extends TaskRunnerContractTest {
  private final HttpRunner runner = new HttpRunner(callbacks);
  private final CountDownLatch release = new CountDownLatch(1);
  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok", exchange -> respond(exchange, 200,
        exchange.getRequestMethod() + " " + new String(exchange.getRequestBody().readAllBytes(),
            StandardCharsets.UTF_8) + " " + exchange.getRequestHeaders().getFirst("X-Run")));
    server.createContext("/broken", exchange -> respond(exchange, 500, "boom"));
    server.createContext("/slow", exchange -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(exchange, 200, "late");
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  protected TaskRunner runner() {
    return runner;
  }

  @Override
  protected TaskRunner restartedRunner() {
    return new HttpRunner(callbacks);
  }

  @Override
  protected Map<String, Object> succeedingArgs() {
    return Map.of("url", base + "/ok");
  }

  @Override
  protected Map<String, Object> failingArgs() {
    return Map.of("url", base + "/broken");
  }

  @Override
  protected Map<String, Object> longArgs() {
    return Map.of("url", base + "/slow");
  }

  @Test
  void method_headers_and_body_are_sent_and_the_exchange_is_logged() throws IOException {
    var context = context(Map.of("url", base + "/ok", "method", "post", "body", "payload",
        "headers", Map.of("X-Run", "r1")));

    Observation outcome = awaitOutcome(runner, runner.start(context));

    assertThat(outcome).isEqualTo(Observation.succeeded(null, "HTTP 200"));
    assertThat(Files.readString(context.logFile()))
        .contains("POST " + base + "/ok").contains("HTTP 200").contains("POST payload r1");
  }

  @Test
  void an_unexpected_status_fails_naming_the_expectation() {
    Observation outcome = awaitOutcome(runner,
        runner.start(context(Map.of("url", base + "/ok", "expected_status", 201))));

    assertThat(outcome.state()).isEqualTo(TaskState.FAILED);
    assertThat(outcome.detail()).isEqualTo("HTTP 200, expected 201");
  }
}

package dev.nightshift.scheduler.runner.http;

import dev.nightshift.scheduler.runner.InvalidTaskArgsException;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskArgs;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.TaskRunner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Sends one HTTP request: {@code url}, {@code method} (GET), {@code headers}, {@code body},
 * {@code expected_status} (any 2xx when absent) and {@code timeout_seconds} (60). The request and
 * the response go to the try's log. An HTTP call cannot be found again after a restart: a
 * request in flight when the scheduler stopped is observed as failed, and retried per policy.
 */
public final class HttpRunner implements TaskRunner {
  public static final String TYPE = "http";
  private static final int MAX_LOGGED_BODY = 64 * 1024;
  private static final int REMEMBERED_CALLS = 10_000;

  private final HttpClient client;
  private final Executor callbacks;
  // Outcomes stay observable after completion; the oldest are forgotten past a bound.
  private final Map<String, CompletableFuture<Observation>> calls =
      Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Observation>> e) {
          return size() > REMEMBERED_CALLS;
        }
      });

  public HttpRunner(Executor callbacks) {
    this.callbacks = callbacks;
    this.client = HttpClient.newBuilder().executor(callbacks)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RunHandle start(TaskContext context) {
    TaskArgs args = context.taskArgs();
    HttpRequest request = request(args);
    int expected = args.integer("expected_status", 0);
    Path log = context.logFile();
    appendLog(log, request.method() + " " + request.uri() + "\n");
    String id = UUID.randomUUID().toString();
    CompletableFuture<Observation> outcome = new CompletableFuture<>();
    CompletableFuture<HttpResponse<String>> call =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    call.whenComplete((response, error) -> {
      Observation result = error != null
          ? Observation.failed(null, "request failed: " + error)
          : judge(response, expected);
      if (response != null) {
        String body = response.body();
        appendLog(log, "HTTP " + response.statusCode() + "\n"
            + (body.length() > MAX_LOGGED_BODY ? body.substring(0, MAX_LOGGED_BODY) : body) + "\n");
      }
      outcome.complete(result);
    });
    outcome.whenComplete((r, e) -> call.cancel(true));
    calls.put(id, outcome);
    return new RunHandle(TYPE, id);
  }

  @Override
  public Observation observe(RunHandle handle) {
    CompletableFuture<Observation> outcome = calls.get(handle.externalId());
    if (outcome == null) {
      return Observation.failed(null,
          "the request was in flight when the scheduler stopped; its outcome is unknown");
    }
    return outcome.getNow(Observation.running());
  }

  @Override
  public void cancel(RunHandle handle) {
    CompletableFuture<Observation> outcome = calls.get(handle.externalId());
    if (outcome != null) {
      outcome.complete(Observation.failed(null, "cancelled"));
    }
  }

  @Override
  public boolean whenDone(RunHandle handle, Consumer<Observation> onDone) {
    CompletableFuture<Observation> outcome = calls.get(handle.externalId());
    if (outcome == null) {
      return false;
    }
    outcome.thenAcceptAsync(onDone, callbacks);
    return true;
  }

  private static HttpRequest request(TaskArgs args) {
    String url = args.requiredString("url");
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new InvalidTaskArgsException(args.task() + ": argument 'url' is not a URL: " + url);
    }
    String method = args.string("method", "GET").toUpperCase(java.util.Locale.ROOT);
    String body = args.string("body", null);
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(args.integer("timeout_seconds", 60)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    args.stringMap("headers").forEach(builder::header);
    return builder.build();
  }

  private static Observation judge(HttpResponse<String> response, int expected) {
    int status = response.statusCode();
    boolean ok = expected == 0 ? status / 100 == 2 : status == expected;
    String detail = "HTTP " + status + (ok ? "" : expected == 0 ? ", expected 2xx"
        : ", expected " + expected);
    return ok ? Observation.succeeded(null, detail) : Observation.failed(null, detail);
  }

  private static void appendLog(Path log, String text) {
    try {
      Files.writeString(log, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The log is a convenience; the outcome is recorded on the try either way.
    }
  }
}

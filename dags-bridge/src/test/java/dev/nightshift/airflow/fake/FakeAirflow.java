package dev.nightshift.airflow.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.nightshift.airflow.client.ApiVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Airflow 2 ({@code /api/v1}, Basic auth) or Airflow 3 ({@code /api/v2}, bearer tokens from
 * {@code POST /auth/token}) REST server on loopback, for tests. Every request is checked against
 * the official document's request schemas, and every answer against its response schemas; what
 * does not conform is kept in {@link #violations()}. Runs move on the fake's own clock: a DAG's
 * tasks run one after the other over the DAG's duration, then the run ends as the DAG is told.
 */
public final class FakeAirflow implements AutoCloseable {
  public static final String USER = "nightshift";
  public static final String PASSWORD = "s3cret-Pa55";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DAG = Pattern.compile("/dags/([^/]+)");
  private static final Pattern RUNS = Pattern.compile("/dags/([^/]+)/dagRuns");
  private static final Pattern RUN = Pattern.compile("/dags/([^/]+)/dagRuns/([^/]+)");
  private static final Pattern TASKS = Pattern.compile("/dags/([^/]+)/dagRuns/([^/]+)/taskInstances");
  private static final Pattern LOG = Pattern.compile("/dags/([^/]+)/dagRuns/([^/]+)/taskInstances/([^/]+)/logs/(\\d+)");

  private final ApiVersion version;
  private final OpenApiSpec spec;
  private final InstantSource clock;
  private final HttpServer server;
  private final Map<String, DagPlan> dags = new ConcurrentHashMap<>();
  private final Map<String, FakeRun> runs = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final Deque<Canned> canned = new ArrayDeque<>();
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private volatile Duration tokenLifetime = Duration.ofHours(1);
  private volatile String password = PASSWORD;

  /** What a DAG does when triggered. */
  public record DagPlan(List<String> tasks, Duration duration, boolean succeeds, boolean paused) {}

  private record Canned(int status, String contentType, String body) {}

  private static final class FakeRun {
    final String dagId;
    final String runId;
    final Instant created;
    final Instant logicalDate;
    final JsonNode conf;
    volatile String forcedState;
    volatile Instant endedAt;

    FakeRun(String dagId, String runId, Instant created, Instant logicalDate, JsonNode conf) {
      this.dagId = dagId;
      this.runId = runId;
      this.created = created;
      this.logicalDate = logicalDate;
      this.conf = conf;
    }
  }

  public FakeAirflow(ApiVersion version, InstantSource clock) {
    this.version = version;
    this.clock = clock;
    this.spec = version == ApiVersion.V1
        ? new OpenApiSpec("/airflow-openapi/v1.yaml", "/api/v1")
        : new OpenApiSpec("/airflow-openapi/v2.yaml", "");
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  public FakeAirflow(ApiVersion version) {
    this(version, InstantSource.system());
  }

  /** The URL of a loopback port where nothing listens: an Airflow that is down. */
  public static URI nowhere() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public ApiVersion version() {
    return version;
  }

  public FakeAirflow dag(String dagId, DagPlan plan) {
    dags.put(dagId, plan);
    return this;
  }

  /** A DAG of two tasks that succeeds as soon as it is looked at. */
  public FakeAirflow quickDag(String dagId, boolean succeeds) {
    return dag(dagId, new DagPlan(List.of("extract", "load"), Duration.ZERO, succeeds, false));
  }

  /** The next {@code count} requests get this answer instead of their own. */
  public synchronized FakeAirflow answerNext(int count, int status, String contentType, String body) {
    for (int i = 0; i < count; i++) {
      canned.add(new Canned(status, contentType, body));
    }
    return this;
  }

  public FakeAirflow tokenLifetime(Duration lifetime) {
    this.tokenLifetime = lifetime;
    return this;
  }

  /** Changes the password Airflow accepts: the client's becomes wrong. */
  public FakeAirflow password(String password) {
    this.password = password;
    return this;
  }

  /** Forgets every token issued, as an Airflow restart with a new secret key does. */
  public void revokeTokens() {
    tokens.clear();
  }

  /** Every request, as {@code METHOD path}. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  public long count(String prefix) {
    return requests.stream().filter(r -> r.startsWith(prefix)).count();
  }

  /** The Authorization headers received, to check that no request went out without one. */
  public List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  public List<String> violations() {
    return List.copyOf(violations);
  }

  /** The ids of the runs of a DAG. */
  public List<String> runIds(String dagId) {
    return runs.values().stream().filter(r -> r.dagId.equals(dagId)).map(r -> r.runId).sorted().toList();
  }

  public Optional<String> runState(String dagId, String runId) {
    return Optional.ofNullable(runs.get(dagId + "/" + runId)).map(this::state);
  }

  /** Adds a run that Airflow made on its own, e.g. a scheduled one. */
  public void addRun(String dagId, String runId) {
    Instant now = clock.instant();
    runs.put(dagId + "/" + runId, new FakeRun(dagId, runId, now, now, JSON.createObjectNode()));
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  // ---- HTTP ----

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(method + " " + path);
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization != null) {
        authorizations.add(authorization);
      }
      Canned instead = nextCanned();
      if (instead != null) {
        send(exchange, instead.status(), instead.contentType(), instead.body());
        return;
      }
      if (version == ApiVersion.V2 && method.equals("POST") && path.equals("/auth/token")) {
        token(exchange, body);
        return;
      }
      Optional<OpenApiSpec.Operation> op = spec.operation(method, path);
      if (op.isEmpty()) {
        send(exchange, 404, "application/json", version == ApiVersion.V1
            ? error(404, "Not Found", "The requested URL was not found on the server.")
            : "{\"detail\":\"Not Found\"}");
        return;
      }
      List<String> wrong = spec.checkRequest(op.get(), query, body);
      Answer answer;
      if (!wrong.isEmpty()) {
        violations.add("request " + method + " " + path + ": " + wrong);
        answer = version == ApiVersion.V1 ? new Answer(400, error(400, "Bad Request", wrong.toString()))
            : new Answer(422, "{\"detail\":[{\"loc\":[\"body\"],\"msg\":" + JSON.valueToTree(wrong.toString()) + ",\"type\":\"value_error\"}]}");
      } else if (!authorized(authorization, path)) {
        answer = version == ApiVersion.V1 ? new Answer(401, error(401, "Unauthorized", "No credentials or wrong credentials"))
            : new Answer(401, "{\"detail\":\"Not authenticated\"}");
      } else {
        answer = route(method, path.substring(version.basePath().length()), query, body);
      }
      List<String> badAnswer = wrong.isEmpty()
          ? spec.checkResponse(op.get(), answer.status, "application/json", answer.body) : List.of();
      if (!badAnswer.isEmpty()) {
        violations.add("answer to " + method + " " + path + ": " + badAnswer);
      }
      send(exchange, answer.status, "application/json", answer.body);
    } catch (RuntimeException e) {
      violations.add("fake failed: " + e);
      e.printStackTrace();
      throw e;
    }
  }

  private synchronized Canned nextCanned() {
    return canned.poll();
  }

  private record Answer(int status, String body) {}

  private boolean authorized(String authorization, String path) {
    if (path.endsWith("/version") || path.endsWith("/health") || path.endsWith("/monitor/health")) {
      return true; // Airflow answers these without credentials
    }
    if (authorization == null) {
      return false;
    }
    if (version == ApiVersion.V1) {
      String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
      return authorization.equals(expected);
    }
    if (!authorization.startsWith("Bearer ")) {
      return false;
    }
    Instant expires = tokens.get(authorization.substring(7));
    return expires != null && clock.instant().isBefore(expires);
  }

  private void token(HttpExchange exchange, String body) throws IOException {
    JsonNode credentials;
    try {
      credentials = JSON.readTree(body);
    } catch (IOException e) {
      violations.add("POST /auth/token: body is not JSON");
      send(exchange, 422, "application/json", "{\"detail\":\"body is not JSON\"}");
      return;
    }
    if (!credentials.path("username").isTextual() || !credentials.path("password").isTextual()) {
      violations.add("POST /auth/token: username and password are required strings");
    }
    if (!USER.equals(credentials.path("username").asText()) || !password.equals(credentials.path("password").asText())) {
      send(exchange, 401, "application/json", "{\"detail\":\"Invalid credentials\"}");
      return;
    }
    Instant expires = clock.instant().plus(tokenLifetime);
    String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
        ("{\"sub\":\"" + USER + "\",\"iat\":" + clock.instant().getEpochSecond() + ",\"exp\":" + expires.getEpochSecond() + ",\"n\":" + tokens.size() + "}").getBytes(StandardCharsets.UTF_8));
    String token = "eyJhbGciOiJIUzUxMiJ9." + payload + ".sig" + System.nanoTime();
    tokens.put(token, expires);
    send(exchange, 201, "application/json", "{\"access_token\":\"" + token + "\"}");
  }

  private Answer route(String method, String path, Map<String, String> query, String body) {
    Matcher m;
    if (path.equals("/version")) {
      return ok(JSON.createObjectNode().put("version", version == ApiVersion.V1 ? "2.10.0" : "3.2.1").putNull("git_version"));
    }
    if (path.equals("/dags") && method.equals("GET")) {
      ArrayNode list = JSON.createArrayNode();
      dags.keySet().stream().sorted().skip(Long.parseLong(query.getOrDefault("offset", "0")))
          .limit(Long.parseLong(query.getOrDefault("limit", "100"))).forEach(id -> list.add(dagJson(id)));
      ObjectNode answer = JSON.createObjectNode();
      answer.set("dags", list);
      return ok(answer.put("total_entries", dags.size()));
    }
    if ((m = LOG.matcher(path)).matches()) {
      return log(decode(m.group(1)), decode(m.group(2)), decode(m.group(3)), query.get("token"));
    }
    if ((m = TASKS.matcher(path)).matches()) {
      return withRun(decode(m.group(1)), decode(m.group(2)), run -> ok(taskInstances(run)));
    }
    if ((m = RUN.matcher(path)).matches()) {
      String dagId = decode(m.group(1));
      String runId = decode(m.group(2));
      return withRun(dagId, runId, run -> {
        if (method.equals("PATCH")) {
          String state = read(body).path("state").asText();
          run.forcedState = state;
          run.endedAt = clock.instant();
        }
        return ok(runJson(run));
      });
    }
    if ((m = RUNS.matcher(path)).matches()) {
      String dagId = decode(m.group(1));
      if (!dags.containsKey(dagId)) {
        return notFound("DAG with dag_id: '" + dagId + "' not found");
      }
      return method.equals("POST") ? trigger(dagId, read(body)) : listRuns(dagId, query);
    }
    if ((m = DAG.matcher(path)).matches()) {
      String dagId = decode(m.group(1));
      DagPlan plan = dags.get(dagId);
      if (plan == null) {
        return notFound("Dag with id " + dagId + " was not found");
      }
      if (method.equals("PATCH")) {
        boolean paused = read(body).path("is_paused").asBoolean();
        dags.put(dagId, new DagPlan(plan.tasks(), plan.duration(), plan.succeeds(), paused));
      }
      return ok(dagJson(dagId));
    }
    throw new IllegalStateException("the fake does not serve " + method + " " + path);
  }

  private Answer trigger(String dagId, JsonNode body) {
    String runId = body.path("dag_run_id").asText();
    String key = dagId + "/" + runId;
    if (runs.containsKey(key)) {
      return new Answer(409, version == ApiVersion.V1
          ? error(409, "Conflict", "DAGRun with DAG ID: '" + dagId + "' and DAGRun ID: '" + runId + "' already exists")
          : "{\"detail\":\"A DAG Run already exists for DAG " + dagId + " with run id " + runId + "\"}");
    }
    Instant now = clock.instant();
    JsonNode logical = body.get("logical_date");
    Instant logicalDate = logical == null || logical.isNull() ? (version == ApiVersion.V1 ? now : null)
        : java.time.OffsetDateTime.parse(logical.asText()).toInstant();
    FakeRun run = new FakeRun(dagId, runId, now, logicalDate, body.path("conf"));
    runs.put(key, run);
    return new Answer(200, runJson(run).toString());
  }

  private Answer listRuns(String dagId, Map<String, String> query) {
    ArrayNode list = JSON.createArrayNode();
    List<FakeRun> all = runs.values().stream().filter(r -> r.dagId.equals(dagId))
        .sorted((a, b) -> b.created.compareTo(a.created)).toList();
    all.stream().skip(Long.parseLong(query.getOrDefault("offset", "0")))
        .limit(Long.parseLong(query.getOrDefault("limit", "100"))).forEach(r -> list.add(runJson(r)));
    ObjectNode answer = JSON.createObjectNode();
    answer.set("dag_runs", list);
    return ok(answer.put("total_entries", all.size()));
  }

  private Answer withRun(String dagId, String runId, java.util.function.Function<FakeRun, Answer> then) {
    FakeRun run = runs.get(dagId + "/" + runId);
    if (run == null) {
      return notFound("DAGRun with DAG ID: '" + dagId + "' and DagRun ID: '" + runId + "' not found");
    }
    return then.apply(run);
  }

  private Answer log(String dagId, String runId, String taskId, String token) {
    return withRun(dagId, runId, run -> {
      List<String> lines = List.of("[" + run.created + "] {taskinstance.py} INFO - running " + taskId,
          "[" + run.created + "] {taskinstance.py} INFO - " + taskId + " done; conf=" + run.conf);
      int from = token == null ? 0 : Integer.parseInt(token.substring(4));
      List<String> page = from < lines.size() ? List.of(lines.get(from)) : List.of();
      ObjectNode answer = JSON.createObjectNode();
      answer.put("continuation_token", "page" + (from + page.size()));
      if (version == ApiVersion.V1) {
        answer.put("content", page.isEmpty() ? "" : page.get(0) + "\n");
      } else {
        ArrayNode content = answer.putArray("content");
        page.forEach(line -> content.addObject().put("event", line).put("timestamp", run.created.toString()));
      }
      return ok(answer);
    });
  }

  // ---- the state of runs on the fake's clock ----

  private String state(FakeRun run) {
    if (run.forcedState != null) {
      return run.forcedState;
    }
    DagPlan plan = dags.get(run.dagId);
    if (plan == null) {
      return "success"; // a run added by hand for a DAG without a plan
    }
    if (!clock.instant().isBefore(run.created.plus(plan.duration()))) {
      return plan.succeeds() ? "success" : "failed";
    }
    return "running";
  }

  /** The index of the task running now; tasks before it are done. */
  private int current(FakeRun run, DagPlan plan) {
    if (plan.duration().isZero()) {
      return plan.tasks().size();
    }
    long elapsed = Duration.between(run.created, clock.instant()).toMillis();
    return (int) Math.min(plan.tasks().size(), elapsed * plan.tasks().size() / plan.duration().toMillis());
  }

  private ObjectNode taskInstances(FakeRun run) {
    DagPlan plan = dags.get(run.dagId);
    String runState = state(run);
    ArrayNode list = JSON.createArrayNode();
    int current = runState.equals("running") ? current(run, plan) : plan.tasks().size();
    for (int i = 0; i < plan.tasks().size(); i++) {
      String state;
      if (i < current) {
        state = i == plan.tasks().size() - 1 && runState.equals("failed") ? "failed" : "success";
      } else if (i == current) {
        state = runState.equals("running") ? "running" : "failed";
      } else {
        state = runState.equals("running") ? "scheduled" : "upstream_failed";
      }
      if (run.forcedState != null && i >= current) {
        state = i == current ? "failed" : "upstream_failed";
      }
      list.add(taskJson(run, plan.tasks().get(i), state));
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.set("task_instances", list);
    return answer.put("total_entries", list.size());
  }

  private ObjectNode dagJson(String dagId) {
    DagPlan plan = dags.get(dagId);
    ObjectNode dag = JSON.createObjectNode().put("dag_id", dagId).put("is_paused", plan.paused())
        .put("description", "fake DAG " + dagId).put("fileloc", "/dags/" + dagId + ".py");
    dag.putArray("owners").add("airflow");
    dag.putArray("tags");
    if (version == ApiVersion.V1) {
      dag.put("is_active", true).put("max_active_tasks", 16);
      dag.putObject("schedule_interval").put("__type", "CronExpression").put("value", "0 3 * * *");
    } else {
      dag.put("dag_display_name", dagId).put("is_stale", false).put("timetable_partitioned", false)
          .put("max_active_tasks", 16)
          .put("has_task_concurrency_limits", false).put("has_import_errors", false)
          .put("file_token", "tok-" + dagId).put("timetable_summary", "0 3 * * *");
      dag.put("max_consecutive_failed_dag_runs", 0);
    }
    return dag;
  }

  private ObjectNode runJson(FakeRun run) {
    String state = state(run);
    ObjectNode json = JSON.createObjectNode().put("dag_id", run.dagId).put("dag_run_id", run.runId)
        .put("run_type", "manual").put("state", state).put("start_date", run.created.toString());
    json.set("conf", run.conf.isObject() ? run.conf : JSON.createObjectNode());
    Instant end = run.endedAt != null ? run.endedAt : state.equals("running") ? null : endOf(run);
    if (end == null) {
      json.putNull("end_date");
    } else {
      json.put("end_date", end.toString());
    }
    if (version == ApiVersion.V1) {
      json.put("logical_date", run.logicalDate.toString()).put("execution_date", run.logicalDate.toString())
          .put("external_trigger", true);
    } else {
      json.put("dag_display_name", run.dagId).put("run_after", run.created.toString());
      json.putArray("dag_versions");
      if (run.logicalDate == null) {
        json.putNull("logical_date");
      } else {
        json.put("logical_date", run.logicalDate.toString());
      }
    }
    return json;
  }

  private Instant endOf(FakeRun run) {
    DagPlan plan = dags.get(run.dagId);
    return plan == null ? run.created : run.created.plus(plan.duration());
  }

  private ObjectNode taskJson(FakeRun run, String taskId, String state) {
    ObjectNode ti = JSON.createObjectNode().put("task_id", taskId).put("dag_id", run.dagId)
        .put("dag_run_id", run.runId).put("map_index", -1).put("state", state)
        .put("try_number", 1).put("max_tries", 0).put("pool", "default_pool").put("pool_slots", 1);
    if (version == ApiVersion.V1) {
      ti.put("execution_date", run.logicalDate.toString()).put("operator", "BashOperator");
    } else {
      ti.put("id", java.util.UUID.nameUUIDFromBytes((run.runId + taskId).getBytes(StandardCharsets.UTF_8)).toString())
          .put("run_after", run.created.toString()).put("task_display_name", taskId)
          .put("dag_display_name", run.dagId).put("executor_config", "{}");
    }
    return ti;
  }

  // ---- helpers ----

  private Answer ok(JsonNode json) {
    return new Answer(200, json.toString());
  }

  private Answer notFound(String detail) {
    return new Answer(404, version == ApiVersion.V1 ? error(404, "Not Found", detail)
        : JSON.createObjectNode().put("detail", detail).toString());
  }

  private static String error(int status, String title, String detail) {
    return JSON.createObjectNode().put("type", "https://airflow.apache.org/docs/apache-airflow/2.10.0/stable-rest-api-ref.html#section/Errors/" + title.replace(" ", ""))
        .put("title", title).put("status", status).put("detail", detail).toString();
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return query;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}

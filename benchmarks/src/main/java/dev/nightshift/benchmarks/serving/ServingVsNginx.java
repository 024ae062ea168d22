package dev.nightshift.benchmarks.serving;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingSchema;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.ValidationBounds;
import dev.nightshift.precompute.serving.document.DocumentCodec;
import dev.nightshift.precompute.serving.document.FeedDocument;
import dev.nightshift.serving.ServingApiApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The serving API against nginx serving the same feed documents as static files: both on loopback,
 * both hammered by {@code wrk} over random users' feeds. Prints requests/s and latency percentiles
 * side by side with the input size.
 *
 * <p>Usage: {@code ServingVsNginx [users=10000] [seconds=15] [connections=32] [--pin-wrk]
 * [--setting=value…]}: {@code --pin-wrk} runs wrk on core 0 and both servers on the other cores
 * (see {@link CorePinning}); further arguments are serving-api settings, such as {@code
 * --nightshift.serving.worker-threads=4}.
 * Needs {@code wrk} and {@code nginx} (Debian: {@code apt-get install -y nginx wrk}).
 */
public final class ServingVsNginx {
  private static final int ITEMS_PER_FEED = 50;
  private static final int WRK_THREADS = 2;
  private static final int ROUNDS = 3;
  /** Both servers close a kept-alive connection after this many requests. */
  private static final int KEEP_ALIVE_REQUESTS = 10_000;
  /** The machine's cores, read before any pinning narrows what this JVM sees. */
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private ServingVsNginx() {}

  public static void main(String[] args) throws Exception {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int connections = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    List<String> options =
        new ArrayList<>(List.of(args).subList(Math.min(3, args.length), args.length));
    boolean pinWrk = options.remove("--pin-wrk");
    if (!Wrk.missing().isEmpty()) {
      System.err.println(
          "ServingVsNginx needs "
              + String.join(" and ", Wrk.missing())
              + " on the PATH; on Debian: apt-get update && apt-get install -y nginx wrk");
      System.exit(2);
    }
    Path work =
        Files.createTempDirectory(
            "serving-vs-nginx",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    try {
      CorePinning pinning = pinWrk ? CorePinning.wrkApart() : CorePinning.none();
      compare(work, users, seconds, connections, pinning, options);
    } finally {
      deleteTree(work);
    }
  }

  private static void compare(
      Path work,
      int users,
      int seconds,
      int connections,
      CorePinning pinning,
      List<String> apiSettings)
      throws Exception {
    String loadAtStart = loadAverage();
    Path staticRoot = work.resolve("static");
    String storeUrl = "jdbc:h2:file:" + work.resolve("store/serving");
    long bytes = fill(storeUrl, staticRoot, users);
    System.out.printf(
        Locale.ROOT,
        "input: %,d users' feeds of %d items, %,d bytes of JSON (%,d per feed)%n",
        users,
        ITEMS_PER_FEED,
        bytes,
        bytes / users);

    Wrk wrk = new Wrk(Executables.find("wrk").orElseThrow(), pinning.wrkPrefix(), work, users);
    List<Wrk.Result> serving = new ArrayList<>();
    List<Wrk.Result> nginx = new ArrayList<>();
    try (ConfigurableApplicationContext api = startApi(storeUrl, apiSettings);
        NginxServer server =
            NginxServer.start(
                Executables.find("nginx").orElseThrow(),
                staticRoot,
                work.resolve("nginx"),
                freePort(),
                KEEP_ALIVE_REQUESTS)) {
      int apiPort = ((WebServerApplicationContext) api).getWebServer().getPort();
      requireFeed(apiPort, "serving-api");
      requireFeed(server.port, "nginx");
      // Warm-up: JIT compilation and the API's document cache; the page cache for nginx.
      // The API runs in this JVM, which otherwise waits for wrk (a child process, so not counted).
      DoubleSupplier apiCpu = () -> ProcessCpu.seconds(ProcessHandle.current(), false);
      wrk.run(apiPort, WRK_THREADS, connections, Math.max(10, seconds), apiCpu);
      wrk.run(server.port, WRK_THREADS, connections, Math.max(5, seconds / 3), server::cpuSeconds);
      // Rounds alternate between the two so that load from elsewhere on the machine hits both
      // alike.
      for (int round = 0; round < ROUNDS; round++) {
        serving.add(wrk.run(apiPort, WRK_THREADS, connections, seconds, apiCpu));
        nginx.add(wrk.run(server.port, WRK_THREADS, connections, seconds, server::cpuSeconds));
      }
    }

    System.out.printf(
        Locale.ROOT,
        "%nwrk -t%d -c%d -d%ds --latency, random users, GET /api/feeds/{userId}, %d cores,"
            + " 1-minute load average %s at the start, %s at the end; both servers keep a"
            + " connection alive for %,d requests; %s%n",
        WRK_THREADS,
        connections,
        seconds,
        CORES,
        loadAtStart,
        loadAverage(),
        KEEP_ALIVE_REQUESTS,
        pinning.description());
    if (!apiSettings.isEmpty()) {
      System.out.println("serving-api settings: " + String.join(" ", apiSettings));
    }
    System.out.printf(
        Locale.ROOT,
        "%-28s %12s %9s %9s %13s %8s%n",
        "server",
        "requests/s",
        "p50 ms",
        "p99 ms",
        "CPU µs/req",
        "non-2xx");
    for (int round = 0; round < ROUNDS; round++) {
      print("serving-api (JVM), round " + (round + 1), serving.get(round));
      print("nginx (static), round " + (round + 1), nginx.get(round));
    }
    Wrk.Result bestServing = best(serving);
    Wrk.Result bestNginx = best(nginx);
    System.out.printf(
        Locale.ROOT,
        "best of %d: serving-api %.0f requests/s = %.0f %% of nginx's %.0f (goal ≥ 50 %%); "
            + "lowest p99: serving-api %.2f ms (goal ≤ 5 ms), nginx %.2f ms; "
            + "median CPU per request: serving-api %.1f µs, nginx %.1f µs (nginx/serving-api %.0f %%)%n",
        ROUNDS,
        bestServing.requestsPerSecond(),
        100 * bestServing.requestsPerSecond() / bestNginx.requestsPerSecond(),
        bestNginx.requestsPerSecond(),
        lowest(serving, Wrk.Result::p99Millis),
        lowest(nginx, Wrk.Result::p99Millis),
        median(serving, Wrk.Result::cpuMicrosPerRequest),
        median(nginx, Wrk.Result::cpuMicrosPerRequest),
        100 * median(nginx, Wrk.Result::cpuMicrosPerRequest)
            / median(serving, Wrk.Result::cpuMicrosPerRequest));
  }

  /**
   * Fails early, with the answer, when a server does not serve a feed: wrk would only count errors.
   */
  private static void requireFeed(int port, String server)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/feeds/1"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          server + " answered " + response.statusCode() + " for /api/feeds/1: " + response.body());
    }
  }

  private static double lowest(List<Wrk.Result> results, ToDoubleFunction<Wrk.Result> figure) {
    return results.stream().mapToDouble(figure).min().orElseThrow();
  }

  private static double median(List<Wrk.Result> results, ToDoubleFunction<Wrk.Result> figure) {
    double[] sorted = results.stream().mapToDouble(figure).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private static Wrk.Result best(List<Wrk.Result> results) {
    return results.stream()
        .max(Comparator.comparingDouble(Wrk.Result::requestsPerSecond))
        .orElseThrow();
  }

  /**
   * Publishes one feeds version and writes the same documents as static files; returns their size.
   */
  private static long fill(String storeUrl, Path staticRoot, int users) throws IOException {
    Path feeds = Files.createDirectories(staticRoot.resolve("api/feeds"));
    JdbcConnectionPool pool = JdbcConnectionPool.create(storeUrl, "sa", "");
    long bytes = 0;
    try {
      ServingSchema.migrate(pool);
      ServingStore store = new ServingStore(pool, Clock.systemUTC());
      SplittableRandom random = new SplittableRandom(42);
      try (StagedVersion staged = store.stage(ServingDataset.FEEDS, "ServingVsNginx")) {
        for (int user = 1; user <= users; user++) {
          FeedDocument feed = feed(user, random);
          byte[] body = DocumentCodec.toBytes(feed);
          staged.put(feed.key(), body, feed.items().size(), feed.scoreSummary());
          Files.write(feeds.resolve(Integer.toString(user)), body);
          bytes += body.length;
        }
        staged.seal();
        store.publish(ServingDataset.FEEDS, staged.version(), ValidationBounds.ANY_NON_EMPTY);
      }
    } finally {
      pool.dispose();
    }
    return bytes;
  }

  private static FeedDocument feed(int user, SplittableRandom random) {
    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    return new FeedDocument(
        user,
        IntStream.range(0, ITEMS_PER_FEED)
            .mapToObj(
                i ->
                    new FeedDocument.Item(
                        random.nextLong(1, 1_000_000_000L),
                        random.nextLong(1, 1_000_000),
                        now.minusSeconds(random.nextInt(86_400)),
                        Math.round(random.nextDouble() * 1e4) / 1e4))
            .toList());
  }

  private static ConfigurableApplicationContext startApi(String storeUrl, List<String> settings) {
    // Arguments, not builder properties: those are defaults that the app's own properties override.
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + storeUrl,
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                "--nightshift.serving.max-keep-alive-requests=" + KEEP_ALIVE_REQUESTS));
    arguments.addAll(settings);
    return new SpringApplicationBuilder(ServingApiApplication.class)
        .run(arguments.toArray(String[]::new));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** The machine's 1-minute load: other work on it skews both servers' figures. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException unreadable) {
      return "unknown";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void print(String name, Wrk.Result result) {
    System.out.printf(
        Locale.ROOT,
        "%-28s %12.0f %9.2f %9.2f %13.1f %8d%n",
        name,
        result.requestsPerSecond(),
        result.p50Millis(),
        result.p99Millis(),
        result.cpuMicrosPerRequest(),
        result.non2xx());
  }
}

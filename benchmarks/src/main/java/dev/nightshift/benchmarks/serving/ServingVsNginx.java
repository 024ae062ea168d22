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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The serving API against nginx serving the same feed documents as static files: both on
 * loopback, both hammered by {@code wrk} over random users' feeds. Prints requests/s and latency
 * percentiles side by side with the input size.
 *
 * <p>Usage: {@code ServingVsNginx [users=10000] [seconds=15] [connections=32]}. Needs {@code wrk}
 * and {@code nginx} (Debian: {@code apt-get install -y nginx wrk}).
 */
public final class ServingVsNginx {
  private static final int ITEMS_PER_FEED = 50;
  private static final int WRK_THREADS = 2;

  private ServingVsNginx() {}

  public static void main(String[] args) throws Exception {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int connections = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    if (!Wrk.missing().isEmpty()) {
      System.err.println("ServingVsNginx needs " + String.join(" and ", Wrk.missing())
          + " on the PATH; on Debian: apt-get update && apt-get install -y nginx wrk");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("serving-vs-nginx",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Path staticRoot = work.resolve("static");
    String storeUrl = "jdbc:h2:file:" + work.resolve("store/serving");

    long bytes = fill(storeUrl, staticRoot, users);
    System.out.printf(Locale.ROOT, "input: %,d users' feeds of %d items, %,d bytes of JSON (%,d per feed)%n",
        users, ITEMS_PER_FEED, bytes, bytes / users);

    Wrk wrk = new Wrk(Executables.find("wrk").orElseThrow(), work, users);
    Wrk.Result serving;
    Wrk.Result nginx;
    try (ConfigurableApplicationContext api = startApi(storeUrl)) {
      int port = ((WebServerApplicationContext) api).getWebServer().getPort();
      wrk.run(port, WRK_THREADS, connections, Math.max(5, seconds / 3)); // JIT warm-up and cache fill
      serving = wrk.run(port, WRK_THREADS, connections, seconds);
    }
    try (NginxServer server = NginxServer.start(Executables.find("nginx").orElseThrow(), staticRoot,
        work.resolve("nginx"), freePort())) {
      wrk.run(server.port, WRK_THREADS, connections, Math.max(5, seconds / 3));
      nginx = wrk.run(server.port, WRK_THREADS, connections, seconds);
    }

    System.out.printf(Locale.ROOT, "%nwrk -t%d -c%d -d%ds --latency, random users, GET /api/feeds/{userId}, %d cores%n",
        WRK_THREADS, connections, seconds, Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "%-22s %12s %9s %9s %8s%n", "server", "requests/s", "p50 ms", "p99 ms", "non-2xx");
    print("serving-api (JVM)", serving);
    print("nginx (static files)", nginx);
    System.out.printf(Locale.ROOT, "serving-api reaches %.0f %% of nginx's requests/s (goal ≥ 50 %%), p99 %.2f ms (goal ≤ 5 ms)%n",
        100 * serving.requestsPerSecond() / nginx.requestsPerSecond(), serving.p99Millis());
  }

  /** Publishes one feeds version and writes the same documents as static files; returns their size. */
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
    return new FeedDocument(user, IntStream.range(0, ITEMS_PER_FEED)
        .mapToObj(i -> new FeedDocument.Item(random.nextLong(1, 1_000_000_000L), random.nextLong(1, 1_000_000),
            now.minusSeconds(random.nextInt(86_400)), Math.round(random.nextDouble() * 1e4) / 1e4))
        .toList());
  }

  private static ConfigurableApplicationContext startApi(String storeUrl) {
    return new SpringApplicationBuilder(ServingApiApplication.class)
        .properties(
            "spring.datasource.url=" + storeUrl,
            "server.address=127.0.0.1",
            "server.port=0",
            "logging.level.root=WARN",
            "spring.main.banner-mode=off")
        .run();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void print(String name, Wrk.Result result) {
    System.out.printf(Locale.ROOT, "%-22s %12.0f %9.2f %9.2f %8d%n",
        name, result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), result.non2xx());
  }
}

package dev.nightshift.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server started as the {@code nightshift} launcher starts it: from the packaged jar and the
 * copied runtime classpath ({@code target/lib}), not from Maven's test classpath. A dependency
 * that only the tests see (a test-scoped declaration hiding a runtime one) fails here.
 */
class LauncherClasspathIT {
  @TempDir Path dir;

  @Test
  void theServerStartsFromThePackagedClasspathAndAnswersHealth() throws Exception {
    Path target = Path.of(System.getProperty("nightshift.test.target"));
    String classpath = target.resolve(System.getProperty("nightshift.test.jar")) + ":"
        + target.resolve("lib") + "/*";
    int port = freePort();
    Path dags = Files.createDirectories(dir.resolve("dags"));
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "dev.nightshift.platform.cli.NightshiftCli",
                "server", "--port", String.valueOf(port),
                "--data-dir", dir.resolve("data").toString(), "--dag-folder", dags.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.out").toFile())
            .start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest health =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health")).build();
      await().atMost(Duration.ofSeconds(120))
          .failFast("the server exited: " + dir.resolve("server.out"), () -> !server.isAlive())
          .ignoreExceptions()
          .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    } finally {
      server.destroy();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

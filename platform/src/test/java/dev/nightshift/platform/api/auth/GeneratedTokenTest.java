package dev.nightshift.platform.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.platform.app.NightshiftApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A server that makes its own token and wants one for reads too. */
class GeneratedTokenTest {
  @TempDir static Path home;
  static ConfigurableApplicationContext context;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    context =
        NightshiftApplication.start(
            "--server.port=0",
            "--nightshift.data-dir=" + home.resolve("data"),
            "--nightshift.dag-folder=" + Files.createDirectories(home.resolve("dags")),
            "--nightshift.api.generate-token=true",
            "--nightshift.api.read-requires-token=true");
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  @Test
  void theGeneratedTokenIsWrittenPrivatelyAndOpensReadsAndWrites() throws Exception {
    GeneratedToken token = context.getBean(GeneratedToken.class);
    Path file = home.resolve("data").resolve("api-token");

    assertThat(token.value()).isPresent();
    assertThat(token.file()).isEqualTo(file);
    assertThat(Files.readString(file).strip()).isEqualTo(token.value().get());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(get("/api/v1/dags", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/dags", "wrong").statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/dags", token.value().get()).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/health", null).statusCode()).isEqualTo(200);
  }

  static HttpResponse<String> get(String path, String token) throws Exception {
    String port = context.getEnvironment().getProperty("local.server.port");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

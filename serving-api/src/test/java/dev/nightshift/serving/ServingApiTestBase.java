package dev.nightshift.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API on a random port over its own H2 file store; publishes reach readers at once. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "nightshift.serving.current-version-ttl=0")
abstract class ServingApiTestBase {
  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  StoreFixture fixture;
  HttpFixture http;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("serving-api-test");
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("serving"));
  }

  @BeforeEach
  void fixtures() {
    fixture = new StoreFixture(dataSource);
    http = new HttpFixture(port);
  }
}

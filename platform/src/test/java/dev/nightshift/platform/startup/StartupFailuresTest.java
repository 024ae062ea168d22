package dev.nightshift.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.platform.cli.NightshiftCli;
import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.scheduler.store.jdbc.MetadataDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code nightshift server} refuses to start, in one or two lines on stderr and a distinct exit
 * code, where the user must act: each case is set up for real (a held folder, a bound port, a
 * database migrated further, a database server that is not there).
 */
class StartupFailuresTest {
  @TempDir Path home;
  Path dataDir;
  Path dags;
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void folders() throws Exception {
    dataDir = home.resolve("data");
    dags = Files.createDirectories(home.resolve("dags"));
  }

  private int server(String... extra) {
    CommandLine cli = NightshiftCli.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    String[] args =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    "server", "--dag-folder", dags.toString(), "--data-dir", dataDir.toString()),
                java.util.stream.Stream.of(extra))
            .toArray(String[]::new);
    return cli.execute(args);
  }

  private String told() {
    String text = err.toString();
    assertThat(text).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(text.lines()).hasSizeBetween(1, 2);
    return text;
  }

  @Test
  void a_data_folder_held_by_another_nightshift_is_refused_naming_folder_pid_and_port() {
    try (DataFolderLock holder = DataFolderLock.claim(dataDir, 18099)) {
      int exit = server("--port", "0");

      assertThat(exit).isEqualTo(ExitCodes.DATA_FOLDER_IN_USE);
      assertThat(told())
          .contains("the data folder " + dataDir.toAbsolutePath().normalize() + " is in use")
          .contains("pid " + ProcessHandle.current().pid())
          .contains("port 18099");
    }
  }

  @Test
  void a_port_another_program_listens_on_is_refused() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      int exit = server("--port", Integer.toString(port));

      assertThat(exit).isEqualTo(ExitCodes.PORT_IN_USE);
      assertThat(told()).contains("port " + port + " is in use by another program");
    }
    assertThat(DataFolderLock.claim(dataDir, 1)).satisfies(DataFolderLock::close);
  }

  @Test
  void a_data_folder_that_cannot_be_created_is_refused() throws Exception {
    Path file = Files.writeString(home.resolve("a-file"), "not a folder");
    dataDir = file.resolve("data");

    int exit = server("--port", "0");

    assertThat(exit).isEqualTo(ExitCodes.DATA_FOLDER_UNUSABLE);
    assertThat(told()).contains("the data folder " + dataDir + " cannot be used");
  }

  @Test
  void a_metadata_database_migrated_by_a_newer_build_is_refused_and_left_as_it_is()
      throws Exception {
    Files.createDirectories(dataDir);
    String url = MetadataDatabase.h2FileUrl(dataDir);
    MetadataDatabase.open(url, "sa", "", 2).close();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
              + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
              + " \"execution_time\", \"success\") VALUES (999, '999', 'from a newer build',"
              + " 'SQL', 'V999__from_a_newer_build.sql', 0, 'sa', 0, TRUE)");
    }

    int exit = server("--port", "0");

    assertThat(exit).isEqualTo(ExitCodes.SCHEMA_NEWER);
    assertThat(told()).contains("has schema version 999, newer than this Nightshift's");
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        var rows =
            statement.executeQuery("SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\"")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(999);
    }
  }

  @Test
  void a_postgresql_that_does_not_answer_is_named_and_the_trace_goes_to_the_log_file()
      throws Exception {
    int closedPort;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = free.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/nightshift";

    int exit = server("--port", "0", "--nightshift.scheduler.database-url=" + url);

    assertThat(exit).isEqualTo(ExitCodes.DATABASE_UNREACHABLE);
    assertThat(told())
        .contains("the metadata database " + url + " does not answer")
        .contains("the log has the details: " + dataDir.toAbsolutePath().normalize()
            .resolve(StartupLog.FILE));
    assertThat(Files.readString(dataDir.resolve(StartupLog.FILE))).contains("\tat ");
  }
}

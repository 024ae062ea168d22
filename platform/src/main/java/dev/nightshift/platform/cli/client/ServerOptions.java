package dev.nightshift.platform.cli.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the server is and which token to send: the flags, else {@code NIGHTSHIFT_URL} / {@code
 * NIGHTSHIFT_TOKEN}, else {@code url} / {@code token} in {@code ~/.nightshift/config} (a properties
 * file), else {@code http://localhost:8080} without a token.
 */
public final class ServerOptions {
  static final String DEFAULT_URL = "http://localhost:8080";

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--url",
      description = "Server URL (else NIGHTSHIFT_URL, the config file," + " " + DEFAULT_URL + ").")
  String url;

  @Option(
      names = "--token",
      description = "API token for writes (else NIGHTSHIFT_TOKEN, the" + " config file).")
  String token;

  @Option(names = "--config", hidden = true, description = "Client config file.")
  Path config = Path.of(System.getProperty("user.home"), ".nightshift", "config");

  @Option(
      names = {"-o", "--output"},
      defaultValue = "table",
      description = "table or json (default ${DEFAULT-VALUE}).")
  OutputFormat output;

  public NightshiftClient client() {
    Properties file = readConfig();
    String resolvedUrl =
        first(url, System.getenv("NIGHTSHIFT_URL"), file.getProperty("url"), DEFAULT_URL);
    String resolvedToken =
        first(token, System.getenv("NIGHTSHIFT_TOKEN"), file.getProperty("token"), null);
    return new NightshiftClient(resolvedUrl, resolvedToken);
  }

  public Printer printer() {
    return new Printer(out(), output);
  }

  public PrintWriter out() {
    return mixee.commandLine().getOut();
  }

  public PrintWriter err() {
    return mixee.commandLine().getErr();
  }

  private Properties readConfig() {
    Properties properties = new Properties();
    if (Files.isRegularFile(config)) {
      try (Reader reader = Files.newBufferedReader(config)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new ParameterException(
            mixee.commandLine(),
            "cannot read the client config " + config + ": " + e.getMessage(),
            e,
            null,
            null);
      }
    }
    return properties;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}

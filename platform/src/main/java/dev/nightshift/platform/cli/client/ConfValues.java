package dev.nightshift.platform.cli.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * A run's conf from {@code --conf key=value} options; a value that reads as JSON is taken as such.
 */
public final class ConfValues {
  private ConfValues() {}

  /** {@code n=7} gives the number 7, {@code x=hello} the string "hello", {@code l=[1,2]} a list. */
  public static Map<String, Object> parse(List<String> pairs) {
    Map<String, Object> conf = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--conf needs key=value, got '" + pair + "'");
      }
      conf.put(pair.substring(0, eq), value(pair.substring(eq + 1)));
    }
    return conf;
  }

  private static Object value(String text) {
    try {
      return NightshiftClient.JSON.readValue(text, new TypeReference<Object>() {});
    } catch (JacksonException plainText) {
      return text;
    }
  }
}

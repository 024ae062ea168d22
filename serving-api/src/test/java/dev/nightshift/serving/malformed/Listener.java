package dev.nightshift.serving.malformed;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a listener answers, for aiming malformed requests at it: its paths, its query parameters,
 * the single-valued parameters of some paths, its write endpoints and the {@code Authorization}
 * headers to try (a valid token lets a request reach the body checks behind it).
 */
public record Listener(
    List<String> paths,
    List<String> parameterNames,
    Map<String, List<String>> singleValuedParameters,
    List<Write> writes,
    List<String> tokens) {

  /** A write endpoint: a method and a path. */
  public record Write(String method, String path) {}

  List<String> authorizations(Random random) {
    if (tokens.isEmpty() || random.nextInt(4) == 0) {
      return List.of();
    }
    return List.of("Authorization: Bearer " + tokens.get(random.nextInt(tokens.size())));
  }
}

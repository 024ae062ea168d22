package dev.nightshift.serving;

import dev.nightshift.precompute.serving.document.TrendKey;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Parses the request parameters, naming the parameter and its accepted form when one is wrong. */
final class RequestParameters {
  private RequestParameters() {}

  /** The parameter's one value, or null when absent; given twice, it is ambiguous and refused. */
  static String single(HttpServletRequest request, String name) {
    String[] values = request.getParameterValues(name);
    if (values == null) {
      return null;
    }
    if (values.length > 1) {
      throw ServingProblem.badParameter(
          name, name + " is given " + values.length + " times; give it once");
    }
    return values[0];
  }

  static long userId(String text) {
    if (!isDigits(text, 18)) {
      throw ServingProblem.badParameter(
          "userId", "userId '" + text + "' is not a non-negative integer");
    }
    return Long.parseLong(text);
  }

  static int limit(String text, ServingApiProperties properties) {
    if (text == null) {
      return properties.defaultLimit();
    }
    int limit = isDigits(text, 9) ? Integer.parseInt(text) : -1;
    if (limit < 1 || limit > properties.maxLimit()) {
      throw ServingProblem.badParameter(
          "limit", "limit '" + text + "' must be an integer from 1 to " + properties.maxLimit());
    }
    return limit;
  }

  /** 1 to {@code maxLength} ASCII digits: what {@code parseLong} or {@code parseInt} then reads. */
  private static boolean isDigits(String text, int maxLength) {
    if (text.isEmpty() || text.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static Optional<Cursor> cursor(String text) {
    return text == null ? Optional.empty() : Optional.of(Cursor.decode(text));
  }

  static TrendKey trendKey(String window, String region) {
    if (window == null) {
      throw ServingProblem.badParameter("window", "window is required, such as window=1h");
    }
    if (region == null) {
      throw ServingProblem.badParameter(
          "region", "region is required: 'global' or an H3 cell index");
    }
    try {
      return TrendKey.parse(window, region);
    } catch (TrendKey.InvalidTrendKeyException e) {
      throw ServingProblem.badParameter(e.parameter(), e.getMessage());
    }
  }
}

package dev.nightshift.serving;

import dev.nightshift.precompute.serving.document.TrendKey;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses the request parameters, naming the parameter and its accepted form when one is wrong. */
final class RequestParameters {
  private static final Pattern USER_ID = Pattern.compile("[0-9]{1,18}");
  private static final Pattern LIMIT = Pattern.compile("[0-9]{1,9}");

  private RequestParameters() {}

  static long userId(String text) {
    if (!USER_ID.matcher(text).matches()) {
      throw ServingProblem.badParameter(
          "userId", "userId '" + text + "' is not a non-negative integer");
    }
    return Long.parseLong(text);
  }

  static int limit(String text, ServingApiProperties properties) {
    if (text == null) {
      return properties.defaultLimit();
    }
    int limit = LIMIT.matcher(text).matches() ? Integer.parseInt(text) : -1;
    if (limit < 1 || limit > properties.maxLimit()) {
      throw ServingProblem.badParameter(
          "limit", "limit '" + text + "' must be an integer from 1 to " + properties.maxLimit());
    }
    return limit;
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

package dev.nightshift.precompute.serving.document;

import java.util.regex.Pattern;

/**
 * A (window, region) pair that names a trends document. A window is a count and a unit: {@code
 * 15m}, {@code 1h}, {@code 24h}, {@code 7d}. A region is {@code global} or an H3 cell index in
 * lower-case hex (15 digits).
 */
public record TrendKey(String window, String region) {
  private static final Pattern WINDOW = Pattern.compile("[1-9][0-9]{0,3}[mhd]");
  private static final Pattern REGION = Pattern.compile("global|[0-9a-f]{15}");

  public TrendKey {
    if (window == null || !WINDOW.matcher(window).matches()) {
      throw new InvalidTrendKeyException(
          "window",
          "window '"
              + window
              + "' is not a count and a unit m, h or d, such as 15m, 1h, 24h or 7d");
    }
    if (region == null || !REGION.matcher(region).matches()) {
      throw new InvalidTrendKeyException(
          "region",
          "region '"
              + region
              + "' is neither 'global' nor an H3 cell index in lower-case hex (15 digits)");
    }
  }

  public static TrendKey parse(String window, String region) {
    return new TrendKey(window, region);
  }

  public String storedKey() {
    return window + "@" + region;
  }

  /**
   * A window or region that does not have the documented form; {@link #parameter()} names which.
   */
  public static final class InvalidTrendKeyException extends IllegalArgumentException {
    private final String parameter;

    InvalidTrendKeyException(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }
  }
}

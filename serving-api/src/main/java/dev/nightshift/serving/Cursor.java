package dev.nightshift.serving;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page starts: the version the first page came from and an item offset. Opaque to
 * clients (base64url of {@code version.offset}); it keeps paging on one version across publishes.
 */
record Cursor(long version, int offset) {
  private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,17})\\.([0-9]{1,9})");

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((version + "." + offset).getBytes(StandardCharsets.US_ASCII));
  }

  static Cursor decode(String text) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
      Matcher matcher = FORM.matcher(decoded);
      if (matcher.matches()) {
        return new Cursor(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2)));
      }
    } catch (IllegalArgumentException notBase64) {
      // Reported below, like any other malformed cursor.
    }
    throw ServingProblem.badParameter(
        "cursor",
        "cursor '"
            + text
            + "' is not a cursor this API handed out; use the Nightshift-Next-Cursor of a previous"
            + " page");
  }
}

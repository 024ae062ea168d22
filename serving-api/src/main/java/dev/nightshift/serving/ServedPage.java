package dev.nightshift.serving;

import java.util.Optional;

/**
 * One answer: the document bytes (the stored ones untouched when the page is the whole document),
 * the version they came from, their entity tag and where the next page starts. {@code body} is null
 * when the client's copy is current (answer 304).
 */
record ServedPage(long version, String etag, byte[] body, Optional<Next> next) {
  /** Where the next page starts: its cursor and the link that asks for it. */
  record Next(String cursor, String uri) {}

  boolean notModified() {
    return body == null;
  }
}

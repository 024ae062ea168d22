package dev.nightshift.platform.api.problem;

import java.io.IOException;

/** A chunked request body grew past the limit while it was read. */
final class BodyTooLargeException extends IOException {
  BodyTooLargeException(String message) {
    super(message);
  }
}

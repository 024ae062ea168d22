package dev.nightshift.precompute.geo;

/** The H3 native library could not be loaded on this machine. */
public class GeoException extends RuntimeException {
  public GeoException(String message, Throwable cause) {
    super(message, cause);
  }
}

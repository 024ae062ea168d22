package dev.nightshift.platform.api.auth;

/** What a token may do; each right includes the ones before it. */
public enum Right {
  READ,
  WRITE,
  ADMIN;

  public boolean includes(Right other) {
    return compareTo(other) >= 0;
  }
}

package dev.nightshift.precompute.serving.document;

/** The store key of a per-user document (feeds, recommendations). */
public final class UserKey {
  private UserKey() {}

  public static String of(long userId) {
    return Long.toString(userId);
  }
}

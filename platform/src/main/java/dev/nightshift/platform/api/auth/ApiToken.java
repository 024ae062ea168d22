package dev.nightshift.platform.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

/** A known token: only the SHA-256 of its value is kept. */
record ApiToken(String name, byte[] hash, Set<Right> rights) {

  static ApiToken of(String name, String value, Set<Right> rights) {
    return new ApiToken(name, sha256(value), Set.copyOf(rights));
  }

  boolean allows(Right needed) {
    return rights.stream().anyMatch(r -> r.includes(needed));
  }

  static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

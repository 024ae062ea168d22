package dev.nightshift.precompute.compaction.files;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** An order-independent checksum of a multiset of rows: count, sum and xor of row digests. */
record RowChecksum(long rows, long sum, long xor) {
  static RowChecksum of(List<?> rows) {
    long sum = 0;
    long xor = 0;
    for (Object row : rows) {
      long digest = digest(row.toString());
      sum += digest;
      xor ^= digest;
    }
    return new RowChecksum(rows.size(), sum, xor);
  }

  private static long digest(String row) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

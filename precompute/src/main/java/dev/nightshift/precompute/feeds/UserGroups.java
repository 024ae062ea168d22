package dev.nightshift.precompute.feeds;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.Arrays;

/**
 * Values grouped by a dense user index, each group sorted ascending: the values of user {@code u}
 * are {@code values[start[u] .. start[u + 1])}. A counting sort by user, then a sort per group,
 * so that per-user lookups become merges of sorted runs.
 */
final class UserGroups {
  final int[] start;
  final long[] values;

  private UserGroups(int[] start, long[] values) {
    this.start = start;
    this.values = values;
  }

  /** Groups {@code values.get(i)} under {@code users.get(i)}; every user index below {@code userCount}. */
  static UserGroups of(IntArrayList users, LongArrayList values, int userCount) {
    int[] start = new int[userCount + 1];
    for (int i = 0; i < users.size(); i++) {
      start[users.getInt(i) + 1]++;
    }
    for (int u = 0; u < userCount; u++) {
      start[u + 1] += start[u];
    }
    int[] next = Arrays.copyOf(start, userCount);
    long[] grouped = new long[values.size()];
    for (int i = 0; i < users.size(); i++) {
      grouped[next[users.getInt(i)]++] = values.getLong(i);
    }
    for (int u = 0; u < userCount; u++) {
      Arrays.sort(grouped, start[u], start[u + 1]);
    }
    return new UserGroups(start, grouped);
  }
}

package dev.nightshift.precompute.compaction.files;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.FileRoll;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.lake.StagedPartition;
import dev.nightshift.precompute.model.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A message partition the way a chat service leaves it: many small files in arrival order. */
final class SmallFiles {
  static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final Instant START = Instant.parse("2026-11-20T00:00:00Z");

  static List<Message> messages(int count, int conversations) {
    SplittableRandom random = new SplittableRandom(count);
    long[] nextSeq = new long[conversations];
    List<Message> messages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int conversation = random.nextInt(conversations);
      messages.add(
          new Message(
              conversation,
              ++nextSeq[conversation],
              random.nextInt(1_000_000),
              START.plusMillis(i * 1_000L + random.nextInt(1_000)),
              "message " + Long.toHexString(random.nextLong()) + " body of some length " + i));
    }
    return messages;
  }

  static void write(Lake lake, List<Message> messages, int rowsPerFile) {
    try (StagedPartition<Message> staged = lake.stage(Datasets.MESSAGES, DAY)) {
      try (RowWriter<Message> writer = staged.writer(0, FileRoll.everyRows(rowsPerFile))) {
        messages.forEach(writer::write);
      }
      staged.commit();
    }
  }

  private SmallFiles() {}
}

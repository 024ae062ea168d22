package dev.nightshift.precompute.compaction.files;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import java.time.LocalDate;

/** Run in a child JVM by the crash test: compacts one message partition, prints the result. */
public final class CompactingMain {
  public static void main(String[] args) {
    try (Lake lake = Lake.open(args[0])) {
      CompactionResult result =
          new FileCompactor(lake, new CompactionTarget(Long.parseLong(args[2])))
              .compact(Datasets.MESSAGES, LocalDate.parse(args[1]));
      System.out.println(result);
    }
  }

  private CompactingMain() {}
}

package dev.nightshift.scheduler.store;

import dev.nightshift.scheduler.run.DagRun;
import java.util.List;

/** One page of a run query and how many runs match it in all. */
public record RunPage(List<DagRun> runs, long totalEntries) {
  public RunPage {
    runs = List.copyOf(runs);
  }
}

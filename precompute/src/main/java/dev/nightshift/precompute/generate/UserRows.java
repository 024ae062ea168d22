package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.model.User;
import java.util.ArrayList;
import java.util.List;

/** The users snapshot, in id order. */
final class UserRows {
  private static final int USERS_PER_SLICE = 20_000;

  private UserRows() {}

  static List<SliceTask> tasks(World world) {
    List<SliceTask> tasks = new ArrayList<>();
    for (SliceTask.Range range : SliceTask.ranges(world.volumes.users(), USERS_PER_SLICE)) {
      tasks.add(
          SliceTask.of(
              Datasets.USERS,
              world.config.endDate(),
              range.slice(),
              range.size(),
              out -> {
                RowWriter<User> writer = out.writer(Datasets.USERS);
                for (long id = range.first(); id <= range.last(); id++) {
                  writer.write(world.population.user(id));
                }
              }));
    }
    return tasks;
  }
}

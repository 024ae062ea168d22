package dev.nightshift.precompute.trends;

import dev.nightshift.precompute.geo.H3Cells;
import dev.nightshift.precompute.model.User;
import java.util.HashMap;
import java.util.Map;

/**
 * The region a post counts in. A post carries no location, so it counts where its author lives: the
 * H3 cell of the author's home at a coarse resolution. A trend is then "what people from this
 * region talk about", which is what a regional trends page shows.
 */
@FunctionalInterface
public interface AuthorRegions {
  /** The region of posts whose author is not known (H3 has no cell 0). */
  long UNKNOWN = 0;

  /** The author's region cell, or {@link #UNKNOWN}. */
  long regionOf(long authorId);

  /** Regions from the users' home locations at H3 {@code resolution}. */
  static AuthorRegions fromHomes(Iterable<User> users, int resolution) {
    Map<Long, Long> cells = new HashMap<>();
    for (User user : users) {
      cells.put(user.userId(), H3Cells.cellOf(user.lat(), user.lon(), resolution));
    }
    return authorId -> cells.getOrDefault(authorId, UNKNOWN);
  }
}

package dev.nightshift.batch.trends;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.model.Post;
import dev.nightshift.precompute.model.User;
import dev.nightshift.precompute.trends.AuthorRegions;
import dev.nightshift.precompute.trends.TagSketches;
import dev.nightshift.precompute.trends.TrendBuilder;
import dev.nightshift.precompute.trends.TrendKey;
import dev.nightshift.precompute.trends.TrendParameters;
import dev.nightshift.precompute.trends.TrendingTag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sketches of every (window, region) of the posts the trends job reads — the reported window
 * and the baseline windows before it — counted by precompute's {@link TrendBuilder#count}, per
 * author region and once more over all posts (the global list). The reported window is the last
 * one that starts in the data interval; each region's list is ranked by {@link TrendBuilder#rank}.
 */
final class TrendInputs {
  /** The key of the global list among the regions; H3 has no cell 0. */
  static final long GLOBAL = AuthorRegions.UNKNOWN;

  private final TrendBuilder builder;
  private final TrendParameters parameters;
  private final Instant window;
  private final Map<TrendKey, TagSketches> regional;
  private final Map<TrendKey, TagSketches> global;

  private TrendInputs(
      TrendParameters parameters,
      Instant window,
      Map<TrendKey, TagSketches> regional,
      Map<TrendKey, TagSketches> global) {
    this.builder = new TrendBuilder(parameters);
    this.parameters = parameters;
    this.window = window;
    this.regional = regional;
    this.global = global;
  }

  static void check(Lake lake, BuildParameters build) {
    LakeInputs.requirePartition(lake, Datasets.POSTS, build.date());
    LakeInputs.snapshot(lake, Datasets.USERS);
  }

  static TrendInputs load(Lake lake, TrendParameters parameters, BuildParameters build) {
    AuthorRegions regions;
    try (Stream<User> users = LakeInputs.readSnapshot(lake, Datasets.USERS)) {
      regions = AuthorRegions.fromHomes(users.toList(), parameters.regionResolution());
    }
    List<Post> posts;
    try (Stream<Post> rows = lake.read(Datasets.POSTS, parameters.firstDayOf(build.end()), build.date())) {
      posts = rows.toList();
    }
    TrendBuilder builder = new TrendBuilder(parameters);
    return new TrendInputs(
        parameters,
        parameters.reportedWindowOf(build.end()),
        builder.count(posts, regions),
        builder.count(posts, author -> GLOBAL));
  }

  /** The regions with posts in the reported window, and {@link #GLOBAL}, ascending. */
  List<Long> regions() {
    TreeSet<Long> regions = new TreeSet<>();
    regional.keySet().stream()
        .filter(k -> k.windowStart().equals(window) && k.region() != AuthorRegions.UNKNOWN)
        .forEach(k -> regions.add(k.region()));
    regions.add(GLOBAL);
    return new ArrayList<>(regions);
  }

  /** The reported window's trending tags of one region (or of {@link #GLOBAL}), in rank order. */
  List<TrendingTag> trendsOf(long region) {
    Map<TrendKey, TagSketches> partials = region == GLOBAL ? global : regional;
    Map<TrendKey, TagSketches> ofRegion =
        partials.entrySet().stream()
            .filter(e -> e.getKey().region() == region)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    return builder.rank(ofRegion, window, window.plus(parameters.window()));
  }
}

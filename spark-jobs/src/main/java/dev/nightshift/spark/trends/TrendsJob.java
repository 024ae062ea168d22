package dev.nightshift.spark.trends;

import static dev.nightshift.spark.LakeScan.longCol;
import static dev.nightshift.spark.LakeScan.millis;
import static dev.nightshift.spark.LakeScan.stringCol;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.model.Post;
import dev.nightshift.precompute.model.User;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.trends.AuthorRegions;
import dev.nightshift.precompute.trends.TagSketches;
import dev.nightshift.precompute.trends.TrendBuilder;
import dev.nightshift.precompute.trends.TrendDocuments;
import dev.nightshift.precompute.trends.TrendKey;
import dev.nightshift.precompute.trends.TrendParameters;
import dev.nightshift.precompute.trends.TrendingTag;
import dev.nightshift.spark.EncodedDocument;
import dev.nightshift.spark.JobArguments;
import dev.nightshift.spark.LakeScan;
import dev.nightshift.spark.RebuildJob;
import dev.nightshift.spark.SparkJob;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code trends} job on Spark: each scan partition of the posts is counted into precompute's
 * {@link TagSketches} per (window, author region) and once more per window over all posts (the
 * global list), by {@link TrendBuilder#count}; the partial sketches are shuffled by region, merged
 * and ranked by {@link TrendBuilder#rank} for the last window of the data interval, as the batch
 * job ranks its single-pass sketches. Merged sketches keep their stated error bounds, so the
 * figures agree with the batch job's within them.
 */
public final class TrendsJob extends RebuildJob {
  public static final String NAME = "trends";
  private static final TrendParameters PARAMETERS = TrendParameters.DEFAULTS;

  public static void main(String[] args) {
    System.exit(SparkJob.main(new TrendsJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected ServingDataset dataset() {
    return ServingDataset.TRENDS;
  }

  @Override
  protected void check(Lake lake, JobArguments args) {
    LakeInputs.requirePartition(lake, Datasets.POSTS, args.date());
    LakeInputs.snapshot(lake, Datasets.USERS);
  }

  /** A partial count: the sketches of one (window, region) of a scan partition's posts. */
  public static class Partial implements Serializable {
    private boolean global;
    private long region;
    private long windowStart;
    private byte[] sketches;

    public Partial() {}

    Partial(boolean global, TrendKey key, TagSketches sketches) {
      this.global = global;
      this.region = key.region();
      this.windowStart = key.windowStart().toEpochMilli();
      this.sketches = sketches.toBytes();
    }

    public boolean isGlobal() {
      return global;
    }

    public void setGlobal(boolean global) {
      this.global = global;
    }

    public long getRegion() {
      return region;
    }

    public void setRegion(long region) {
      this.region = region;
    }

    public long getWindowStart() {
      return windowStart;
    }

    public void setWindowStart(long windowStart) {
      this.windowStart = windowStart;
    }

    public byte[] getSketches() {
      return sketches;
    }

    public void setSketches(byte[] sketches) {
      this.sketches = sketches;
    }
  }

  @Override
  protected Dataset<EncodedDocument> documents(SparkSession spark, LakeScan scan, JobArguments args) {
    Dataset<Row> posts = scan.days(Datasets.POSTS, PARAMETERS.firstDayOf(args.end()), args.date(),
        longCol("post_id"), longCol("author_id"), millis("created_at"), stringCol("text"));
    String lake = args.lake();
    Instant window = PARAMETERS.reportedWindowOf(args.end());
    return posts
        .mapPartitions((MapPartitionsFunction<Row, Partial>) rows -> count(rows, lake),
            Encoders.bean(Partial.class))
        .groupByKey((MapFunction<Partial, String>) p -> (p.isGlobal() ? "g" : "r") + p.getRegion(),
            Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Partial, EncodedDocument>)
                (key, partials) -> rank(partials, window),
            Encoders.bean(EncodedDocument.class));
  }

  private static Iterator<Partial> count(Iterator<Row> rows, String lakeUri) {
    List<Post> posts = new ArrayList<>();
    rows.forEachRemaining(r -> posts.add(new Post(r.getLong(0), r.getLong(1),
        Instant.ofEpochMilli(r.getLong(2)), r.getString(3), null)));
    if (posts.isEmpty()) {
      return List.<Partial>of().iterator();
    }
    AuthorRegions regions;
    try (Lake lake = Lake.open(lakeUri); Stream<User> users = LakeInputs.readSnapshot(lake, Datasets.USERS)) {
      regions = AuthorRegions.fromHomes(users.toList(), PARAMETERS.regionResolution());
    }
    TrendBuilder builder = new TrendBuilder(PARAMETERS);
    List<Partial> partials = new ArrayList<>();
    builder.count(posts, regions).forEach((key, sketches) -> partials.add(new Partial(false, key, sketches)));
    builder.count(posts, author -> AuthorRegions.UNKNOWN)
        .forEach((key, sketches) -> partials.add(new Partial(true, key, sketches)));
    return partials.iterator();
  }

  /**
   * One region's (or the global) trending tags in the reported window: none for authors without a
   * region, nor for a region without posts in that window, as in the batch job.
   */
  private static Iterator<EncodedDocument> rank(Iterator<Partial> partials, Instant window) {
    Map<TrendKey, TagSketches> merged = new TreeMap<>();
    boolean global = false;
    long region = AuthorRegions.UNKNOWN;
    while (partials.hasNext()) {
      Partial p = partials.next();
      global = p.isGlobal();
      region = p.getRegion();
      merged.merge(new TrendKey(Instant.ofEpochMilli(p.getWindowStart()), p.getRegion()),
          TagSketches.fromBytes(p.getSketches()), TagSketches::merge);
    }
    boolean reported = merged.keySet().stream().anyMatch(k -> k.windowStart().equals(window));
    if (!global && (region == AuthorRegions.UNKNOWN || !reported)) {
      return List.<EncodedDocument>of().iterator();
    }
    List<TrendingTag> tags = new TrendBuilder(PARAMETERS)
        .rank(merged, window, window.plus(PARAMETERS.window()));
    return tags.isEmpty()
        ? List.<EncodedDocument>of().iterator()
        : List.of(EncodedDocument.of(TrendDocuments.of(PARAMETERS.window(), region, tags))).iterator();
  }
}

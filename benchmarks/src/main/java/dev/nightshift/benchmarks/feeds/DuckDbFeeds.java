package dev.nightshift.benchmarks.feeds;

import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.PartFile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The feeds ranking written as DuckDB SQL over the lake's Parquet files: the peer of the Spring
 * Batch feeds job. Same lookback, same score (recency half-life decay × (1 + ln(1 + weighted
 * engagement)) × (1 + affinityWeight × ln(1 + weighted affinity))), seen posts removed, top N per
 * user with ties to the lower post id.
 */
final class DuckDbFeeds {
  record Result(Map<Long, List<Long>> feeds, long rows) {}

  static Result build(Lake lake, FeedParameters p, LocalDate from, LocalDate to, Instant buildTime)
      throws SQLException {
    long build = buildTime.toEpochMilli();
    long windowStart = buildTime.minus(p.lookback()).toEpochMilli();
    String sql = String.format(Locale.ROOT, """
        WITH p AS (SELECT post_id, author_id, epoch_ms(created_at) AS created FROM read_parquet(%s)),
        e AS (SELECT user_id, post_id, kind,
                CASE kind WHEN 'LIKE' THEN %s WHEN 'COMMENT' THEN %s WHEN 'SHARE' THEN %s ELSE 0 END AS w
              FROM read_parquet(%s) WHERE epoch_ms("at") < %d),
        post_engagement AS (SELECT post_id, SUM(w) AS w FROM e WHERE kind <> 'VIEW' GROUP BY post_id),
        affinity AS (SELECT e.user_id, p.author_id, SUM(e.w) AS w FROM e JOIN p USING (post_id)
              WHERE e.kind <> 'VIEW' GROUP BY e.user_id, p.author_id),
        seen AS (SELECT DISTINCT user_id, post_id FROM e WHERE kind = 'VIEW'),
        f AS (SELECT DISTINCT follower_id, followee_id FROM read_parquet(%s) WHERE epoch_ms(created_at) < %d),
        scored AS (
          SELECT f.follower_id AS user_id, p.post_id,
                 pow(0.5, greatest(0, %d - p.created) / %s)
                   * (1 + ln(1 + coalesce(pe.w, 0)))
                   * (1 + %s * ln(1 + coalesce(a.w, 0))) AS score
          FROM f JOIN p ON p.author_id = f.followee_id
          LEFT JOIN post_engagement pe ON pe.post_id = p.post_id
          LEFT JOIN affinity a ON a.user_id = f.follower_id AND a.author_id = p.author_id
          WHERE p.created >= %d AND p.created < %d
            AND NOT EXISTS (SELECT 1 FROM seen s WHERE s.user_id = f.follower_id AND s.post_id = p.post_id))
        SELECT user_id, post_id FROM (
          SELECT user_id, post_id, score,
                 row_number() OVER (PARTITION BY user_id ORDER BY score DESC, post_id) AS rank
          FROM scored) WHERE rank <= %d ORDER BY user_id, rank
        """,
        files(lake, Datasets.POSTS, from, to), p.likeWeight(), p.commentWeight(), p.shareWeight(),
        files(lake, Datasets.ENGAGEMENTS, from, to), build,
        snapshotFiles(lake, Datasets.FOLLOWS), build,
        build, (double) p.halfLife().toMillis(), p.affinityWeight(),
        windowStart, build, p.size());
    Map<Long, List<Long>> feeds = new HashMap<>();
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = c.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        feeds.computeIfAbsent(result.getLong(1), u -> new ArrayList<>()).add(result.getLong(2));
        rows++;
      }
    }
    return new Result(feeds, rows);
  }

  private static String files(Lake lake, dev.nightshift.precompute.lake.Dataset<?> dataset,
      LocalDate from, LocalDate to) {
    List<PartFile> files = new ArrayList<>();
    for (LocalDate day : lake.partitions(dataset, from, to)) {
      files.addAll(lake.files(dataset, day));
    }
    return list(files);
  }

  private static String snapshotFiles(Lake lake, dev.nightshift.precompute.lake.Dataset<?> dataset) {
    List<LocalDate> days = lake.partitions(dataset);
    return list(lake.files(dataset, days.get(days.size() - 1)));
  }

  private static String list(List<PartFile> files) {
    return files.stream()
        .map(f -> "'" + f.path().toUri().getPath().replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}

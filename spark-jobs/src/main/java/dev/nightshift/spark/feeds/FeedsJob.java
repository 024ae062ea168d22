package dev.nightshift.spark.feeds;

import static dev.nightshift.spark.LakeScan.longCol;
import static dev.nightshift.spark.LakeScan.millis;
import static dev.nightshift.spark.LakeScan.stringCol;
import static dev.nightshift.spark.TaggedRows.GROUP;
import static dev.nightshift.spark.TaggedRows.groupOf;
import static dev.nightshift.spark.TaggedRows.tag;
import static org.apache.spark.sql.functions.col;

import dev.nightshift.precompute.feeds.FeedColumns;
import dev.nightshift.precompute.feeds.FeedDocuments;
import dev.nightshift.precompute.feeds.FeedIndex;
import dev.nightshift.precompute.feeds.FeedIndexBuilder;
import dev.nightshift.precompute.feeds.FeedItem;
import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.model.EngagementKind;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.spark.EncodedDocument;
import dev.nightshift.spark.JobArguments;
import dev.nightshift.spark.LakeScan;
import dev.nightshift.spark.RebuildJob;
import dev.nightshift.spark.SparkJob;
import dev.nightshift.spark.TaggedRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code feeds} job on Spark. Users are split into groups by id; each group receives its users'
 * follows, every post (in the days the lookback covers) by an author they follow, and every
 * engagement with those posts, by anyone: exactly what precompute's {@link FeedIndexBuilder} needs
 * to compute those users' feeds as the batch job does. The documents are encoded on the executors
 * and stored by the driver into a staged {@code feeds} version.
 */
public final class FeedsJob extends RebuildJob {
  public static final String NAME = "feeds";
  private static final FeedParameters PARAMETERS = FeedParameters.DEFAULTS;
  private static final int FOLLOW = 0;
  private static final int POST = 1;
  private static final int ENGAGEMENT = 2;

  public static void main(String[] args) {
    System.exit(SparkJob.main(new FeedsJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected ServingDataset dataset() {
    return ServingDataset.FEEDS;
  }

  @Override
  protected void check(Lake lake, JobArguments args) {
    LakeInputs.requirePartition(lake, Datasets.POSTS, args.date());
    LakeInputs.requirePartition(lake, Datasets.ENGAGEMENTS, args.date());
  }

  @Override
  protected Dataset<EncodedDocument> documents(SparkSession spark, LakeScan scan, JobArguments args) {
    int groups = spark.sparkContext().defaultParallelism();
    LocalDate from = PARAMETERS.firstDayOf(args.end());
    Dataset<Row> follows = scan.snapshot(Datasets.FOLLOWS,
            longCol("follower_id"), longCol("followee_id"), millis("created_at"))
        .withColumn(GROUP, groupOf(col("follower_id"), groups));
    Dataset<Row> posts = scan.days(FeedColumns.POSTS, from, args.date(),
        longCol("post_id"), longCol("author_id"), millis("created_at"));
    Dataset<Row> engagements = scan.days(Datasets.ENGAGEMENTS, from, args.date(),
        longCol("user_id"), longCol("post_id"), stringCol("kind"), millis("at"));

    Dataset<Row> followed = follows.select(col(GROUP), col("followee_id").as("author_id")).distinct();
    Dataset<Row> postsOfGroup = posts.join(followed, "author_id");
    Dataset<Row> engagementsOfGroup =
        engagements.join(postsOfGroup.select(col(GROUP), col("post_id")), "post_id");

    Dataset<Row> rows = tag(follows, col(GROUP), FOLLOW,
            col("follower_id"), col("followee_id"), col("created_at"))
        .union(tag(postsOfGroup, col(GROUP), POST,
            col("post_id"), col("author_id"), col("created_at")))
        .union(tag(engagementsOfGroup, col(GROUP), ENGAGEMENT,
            col("user_id"), col("post_id"), col("at"), col("kind")));
    Instant buildTime = args.end();
    return rows
        .groupByKey((MapFunction<Row, Integer>) r -> r.getInt(0), Encoders.INT())
        .flatMapGroups(
            (FlatMapGroupsFunction<Integer, Row, EncodedDocument>)
                (group, groupRows) -> feedsOf(groupRows, buildTime),
            Encoders.bean(EncodedDocument.class));
  }

  /** The feeds of one group's users, from the group's rows, by precompute's feed index. */
  static Iterator<EncodedDocument> feedsOf(Iterator<Row> rows, Instant buildTime) {
    FeedIndexBuilder builder = FeedIndex.builder(PARAMETERS, buildTime);
    while (rows.hasNext()) {
      Row row = rows.next();
      long a = TaggedRows.a(row);
      long b = TaggedRows.b(row);
      long c = TaggedRows.c(row);
      switch (TaggedRows.tagOf(row)) {
        case FOLLOW -> builder.addFollow(a, b, c);
        case POST -> builder.addPost(a, b, c);
        default -> builder.addEngagement(a, b, EngagementKind.valueOf(TaggedRows.s(row)), c);
      }
    }
    FeedIndex index = builder.build();
    List<EncodedDocument> documents = new ArrayList<>();
    for (long user : index.users()) {
      List<FeedItem> feed = index.feedOf(user);
      if (!feed.isEmpty()) {
        documents.add(EncodedDocument.of(FeedDocuments.of(user, feed)));
      }
    }
    return documents.iterator();
  }
}

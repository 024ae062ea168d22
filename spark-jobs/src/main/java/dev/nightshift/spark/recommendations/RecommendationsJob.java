package dev.nightshift.spark.recommendations;

import static dev.nightshift.spark.LakeScan.longCol;
import static dev.nightshift.spark.LakeScan.millis;
import static dev.nightshift.spark.LakeScan.stringCol;
import static dev.nightshift.spark.TaggedRows.GROUP;
import static dev.nightshift.spark.TaggedRows.groupOf;
import static dev.nightshift.spark.TaggedRows.tag;
import static org.apache.spark.sql.functions.col;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.SwipeDirection;
import dev.nightshift.precompute.model.User;
import dev.nightshift.precompute.recommendations.FollowGraph;
import dev.nightshift.precompute.recommendations.PeopleYouMayKnow;
import dev.nightshift.precompute.recommendations.PeopleYouMayKnowParameters;
import dev.nightshift.precompute.recommendations.PersonYouMayKnow;
import dev.nightshift.precompute.recommendations.Recommendation;
import dev.nightshift.precompute.recommendations.RecommendationDocuments;
import dev.nightshift.precompute.recommendations.RecommendationIndex;
import dev.nightshift.precompute.recommendations.RecommendationParameters;
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
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code recommendations} job on Spark. Users are split into groups by id; each group receives
 * a marker per user of the users snapshot, every swipe its users made or received, its users'
 * follows and the follows of everyone they follow (the self-join of follows on followee =
 * follower that people-you-may-know counts over). Each group then runs precompute's {@link
 * RecommendationIndex} (over the whole users snapshot, which every group reads: candidates are
 * anyone nearby) and {@link PeopleYouMayKnow} over a {@link FollowGraph} of its rows, as the batch
 * job does for everyone.
 */
public final class RecommendationsJob extends RebuildJob {
  public static final String NAME = "recommendations";
  private static final RecommendationParameters RECOMMENDATIONS = RecommendationParameters.DEFAULTS;
  private static final PeopleYouMayKnowParameters PEOPLE_YOU_MAY_KNOW =
      PeopleYouMayKnowParameters.DEFAULTS;
  private static final LocalDate FIRST_SWIPE_DAY = LocalDate.of(1970, 1, 1);
  private static final int USER = 0;
  private static final int SWIPE = 1;
  private static final int FOLLOW = 2;
  private static final int SECOND_HOP = 3;

  public static void main(String[] args) {
    System.exit(SparkJob.main(new RecommendationsJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected ServingDataset dataset() {
    return ServingDataset.RECOMMENDATIONS;
  }

  @Override
  protected void check(Lake lake, JobArguments args) {
    LakeInputs.requirePartition(lake, Datasets.SWIPES, args.date());
    LakeInputs.snapshot(lake, Datasets.USERS);
  }

  @Override
  protected Dataset<EncodedDocument> documents(SparkSession spark, LakeScan scan, JobArguments args) {
    int groups = spark.sparkContext().defaultParallelism();
    Dataset<Row> users = scan.snapshot(Datasets.USERS, longCol("user_id"));
    Dataset<Row> swipes = scan.days(Datasets.SWIPES, FIRST_SWIPE_DAY, args.date(),
        longCol("swiper_id"), longCol("swipee_id"), stringCol("direction"), millis("at"));
    Dataset<Row> follows = scan.snapshot(Datasets.FOLLOWS,
        longCol("follower_id"), longCol("followee_id"), millis("created_at"));

    Dataset<Row> swipesBySwiper = swipes.withColumn(GROUP, groupOf(col("swiper_id"), groups));
    Dataset<Row> swipesBySwipee = swipes.withColumn(GROUP, groupOf(col("swipee_id"), groups))
        .where(col(GROUP).notEqual(groupOf(col("swiper_id"), groups)));
    Dataset<Row> followsOfGroup = follows.withColumn(GROUP, groupOf(col("follower_id"), groups));
    Dataset<Row> secondHop = followsOfGroup.select(col(GROUP), col("followee_id").as("via"))
        .distinct()
        .join(follows, col("via").equalTo(col("follower_id")));

    Dataset<Row> rows = tag(users, groupOf(col("user_id"), groups), USER, col("user_id"))
        .union(tag(swipesBySwiper.unionByName(swipesBySwipee), col(GROUP), SWIPE,
            col("swiper_id"), col("swipee_id"), col("at"), col("direction")))
        .union(tag(followsOfGroup, col(GROUP), FOLLOW,
            col("follower_id"), col("followee_id"), col("created_at")))
        .union(tag(secondHop, col(GROUP), SECOND_HOP,
            col("follower_id"), col("followee_id"), col("created_at")));
    String lake = args.lake();
    Instant buildTime = args.end();
    return rows
        .groupByKey((MapFunction<Row, Integer>) r -> r.getInt(0), Encoders.INT())
        .flatMapGroups(
            (FlatMapGroupsFunction<Integer, Row, EncodedDocument>)
                (group, groupRows) -> documentsOf(groupRows, lake, buildTime),
            Encoders.bean(EncodedDocument.class));
  }

  /** The documents of one group's users. */
  static Iterator<EncodedDocument> documentsOf(Iterator<Row> rows, String lakeUri, Instant buildTime) {
    TreeSet<Long> groupUsers = new TreeSet<>();
    List<Swipe> swipes = new ArrayList<>();
    List<Follow> ownFollows = new ArrayList<>();
    List<Follow> allFollows = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      long a = TaggedRows.a(row);
      switch (TaggedRows.tagOf(row)) {
        case USER -> groupUsers.add(a);
        case SWIPE -> swipes.add(new Swipe(a, TaggedRows.b(row),
            SwipeDirection.valueOf(TaggedRows.s(row)), Instant.ofEpochMilli(TaggedRows.c(row))));
        default -> {
          Follow follow = new Follow(a, TaggedRows.b(row), Instant.ofEpochMilli(TaggedRows.c(row)));
          allFollows.add(follow);
          if (TaggedRows.tagOf(row) == FOLLOW) {
            ownFollows.add(follow);
          }
        }
      }
    }
    List<User> users;
    try (Lake lake = Lake.open(lakeUri); Stream<User> all = LakeInputs.readSnapshot(lake, Datasets.USERS)) {
      users = all.toList();
    }
    RecommendationIndex index = RecommendationIndex.of(users, swipes, buildTime, RECOMMENDATIONS);
    FollowGraph graph = FollowGraph.of(allFollows, buildTime);
    // The group's users: its part of the users snapshot and of the followers, as in the batch job.
    groupUsers.addAll(FollowGraph.of(ownFollows, buildTime).followers());
    PeopleYouMayKnow peopleYouMayKnow = new PeopleYouMayKnow(PEOPLE_YOU_MAY_KNOW);
    List<EncodedDocument> documents = new ArrayList<>();
    for (long user : groupUsers) {
      List<Recommendation> nearby = index.recommendationsOf(user);
      List<PersonYouMayKnow> known = peopleYouMayKnow.suggestionsFor(user, graph);
      if (!nearby.isEmpty() || !known.isEmpty()) {
        documents.add(EncodedDocument.of(RecommendationDocuments.of(user, nearby, known)));
      }
    }
    return documents.iterator();
  }
}

package dev.nightshift.precompute.lake;

import static dev.nightshift.precompute.lake.Columns.TIMESTAMP;
import static dev.nightshift.precompute.lake.Columns.enumValue;
import static dev.nightshift.precompute.lake.Columns.instant;
import static dev.nightshift.precompute.lake.Columns.millis;
import static dev.nightshift.precompute.lake.Columns.string;

import dev.nightshift.precompute.model.Chunk;
import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.EngagementKind;
import dev.nightshift.precompute.model.FileVersion;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Gender;
import dev.nightshift.precompute.model.Message;
import dev.nightshift.precompute.model.Post;
import dev.nightshift.precompute.model.Seeking;
import dev.nightshift.precompute.model.StoredFile;
import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.SwipeDirection;
import dev.nightshift.precompute.model.User;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * The input datasets of the lake. Enums are stored as their names (strings) and timestamps as UTC
 * milliseconds, so that any Parquet reader understands the files without Java classes.
 *
 * <p>Posts, engagements, swipes and messages are events, partitioned by their day. Users, follows,
 * files, file_versions and chunks are snapshots: one partition per snapshot, dated with the day it
 * describes.
 */
public final class Datasets {
  private static final String NAMESPACE = "dev.nightshift.lake";

  public static final Dataset<User> USERS =
      new Dataset<>(
          "users",
          record("User")
              .requiredLong("user_id")
              .name("created_at")
              .type(TIMESTAMP)
              .noDefault()
              .requiredDouble("lat")
              .requiredDouble("lon")
              .requiredInt("birth_year")
              .requiredString("gender")
              .requiredString("seeking")
              .requiredInt("age_min")
              .requiredInt("age_max")
              .requiredInt("max_distance_km")
              .name("last_active_at")
              .type(TIMESTAMP)
              .noDefault()
              .endRecord(),
          (u, row) -> {
            row.put(0, u.userId());
            row.put(1, millis(u.createdAt()));
            row.put(2, u.lat());
            row.put(3, u.lon());
            row.put(4, u.birthYear());
            row.put(5, u.gender().name());
            row.put(6, u.seeking().name());
            row.put(7, u.ageMin());
            row.put(8, u.ageMax());
            row.put(9, u.maxDistanceKm());
            row.put(10, millis(u.lastActiveAt()));
          },
          row ->
              new User(
                  (Long) row.get(0),
                  instant(row.get(1)),
                  (Double) row.get(2),
                  (Double) row.get(3),
                  (Integer) row.get(4),
                  enumValue(Gender.class, row.get(5)),
                  enumValue(Seeking.class, row.get(6)),
                  (Integer) row.get(7),
                  (Integer) row.get(8),
                  (Integer) row.get(9),
                  instant(row.get(10))));

  public static final Dataset<Follow> FOLLOWS =
      new Dataset<>(
          "follows",
          record("Follow")
              .requiredLong("follower_id")
              .requiredLong("followee_id")
              .name("created_at")
              .type(TIMESTAMP)
              .noDefault()
              .endRecord(),
          (f, row) -> {
            row.put(0, f.followerId());
            row.put(1, f.followeeId());
            row.put(2, millis(f.createdAt()));
          },
          row -> new Follow((Long) row.get(0), (Long) row.get(1), instant(row.get(2))));

  public static final Dataset<Post> POSTS =
      new Dataset<>(
          "posts",
          record("Post")
              .requiredLong("post_id")
              .requiredLong("author_id")
              .name("created_at")
              .type(TIMESTAMP)
              .noDefault()
              .requiredString("text")
              .optionalString("media")
              .endRecord(),
          (p, row) -> {
            row.put(0, p.postId());
            row.put(1, p.authorId());
            row.put(2, millis(p.createdAt()));
            row.put(3, p.text());
            row.put(4, p.media());
          },
          row ->
              new Post(
                  (Long) row.get(0),
                  (Long) row.get(1),
                  instant(row.get(2)),
                  string(row.get(3)),
                  string(row.get(4))));

  public static final Dataset<Engagement> ENGAGEMENTS =
      new Dataset<>(
          "engagements",
          record("Engagement")
              .requiredLong("user_id")
              .requiredLong("post_id")
              .requiredString("kind")
              .name("at")
              .type(TIMESTAMP)
              .noDefault()
              .endRecord(),
          (e, row) -> {
            row.put(0, e.userId());
            row.put(1, e.postId());
            row.put(2, e.kind().name());
            row.put(3, millis(e.at()));
          },
          row ->
              new Engagement(
                  (Long) row.get(0),
                  (Long) row.get(1),
                  enumValue(EngagementKind.class, row.get(2)),
                  instant(row.get(3))));

  public static final Dataset<Swipe> SWIPES =
      new Dataset<>(
          "swipes",
          record("Swipe")
              .requiredLong("swiper_id")
              .requiredLong("swipee_id")
              .requiredString("direction")
              .name("at")
              .type(TIMESTAMP)
              .noDefault()
              .endRecord(),
          (s, row) -> {
            row.put(0, s.swiperId());
            row.put(1, s.swipeeId());
            row.put(2, s.direction().name());
            row.put(3, millis(s.at()));
          },
          row ->
              new Swipe(
                  (Long) row.get(0),
                  (Long) row.get(1),
                  enumValue(SwipeDirection.class, row.get(2)),
                  instant(row.get(3))));

  public static final Dataset<StoredFile> FILES =
      new Dataset<>(
          "files",
          record("StoredFile")
              .requiredLong("file_id")
              .requiredLong("owner_id")
              .requiredString("path")
              .endRecord(),
          (f, row) -> {
            row.put(0, f.fileId());
            row.put(1, f.ownerId());
            row.put(2, f.path());
          },
          row -> new StoredFile((Long) row.get(0), (Long) row.get(1), string(row.get(2))));

  public static final Dataset<FileVersion> FILE_VERSIONS =
      new Dataset<>(
          "file_versions",
          record("FileVersion")
              .requiredLong("file_id")
              .requiredInt("version")
              .name("created_at")
              .type(TIMESTAMP)
              .noDefault()
              .requiredLong("size")
              .name("chunk_hashes")
              .type(Columns.STRING_LIST)
              .noDefault()
              .endRecord(),
          (v, row) -> {
            row.put(0, v.fileId());
            row.put(1, v.version());
            row.put(2, millis(v.createdAt()));
            row.put(3, v.size());
            row.put(4, v.chunkHashes());
          },
          row ->
              new FileVersion(
                  (Long) row.get(0),
                  (Integer) row.get(1),
                  instant(row.get(2)),
                  (Long) row.get(3),
                  Columns.strings(row.get(4))));

  public static final Dataset<Chunk> CHUNKS =
      new Dataset<>(
          "chunks",
          record("Chunk")
              .requiredString("hash")
              .requiredLong("size")
              .requiredInt("refcount")
              .name("created_at")
              .type(TIMESTAMP)
              .noDefault()
              .endRecord(),
          (c, row) -> {
            row.put(0, c.hash());
            row.put(1, c.size());
            row.put(2, c.refcount());
            row.put(3, millis(c.createdAt()));
          },
          row ->
              new Chunk(
                  string(row.get(0)),
                  (Long) row.get(1),
                  (Integer) row.get(2),
                  instant(row.get(3))));

  public static final Dataset<Message> MESSAGES =
      new Dataset<>(
          "messages",
          record("Message")
              .requiredLong("conversation_id")
              .requiredLong("seq")
              .requiredLong("sender_id")
              .name("sent_at")
              .type(TIMESTAMP)
              .noDefault()
              .requiredString("body")
              .endRecord(),
          (m, row) -> {
            row.put(0, m.conversationId());
            row.put(1, m.seq());
            row.put(2, m.senderId());
            row.put(3, millis(m.sentAt()));
            row.put(4, m.body());
          },
          row ->
              new Message(
                  (Long) row.get(0),
                  (Long) row.get(1),
                  (Long) row.get(2),
                  instant(row.get(3)),
                  string(row.get(4))));

  /** Every input dataset, in the order the generator writes them. */
  public static final List<Dataset<?>> ALL =
      List.of(USERS, FOLLOWS, POSTS, ENGAGEMENTS, SWIPES, FILES, FILE_VERSIONS, CHUNKS, MESSAGES);

  private Datasets() {}

  /** Starts a row schema in the lake's namespace; shared with datasets defined elsewhere. */
  public static SchemaBuilder.FieldAssembler<Schema> record(String name) {
    return SchemaBuilder.record(name).namespace(NAMESPACE).fields();
  }
}

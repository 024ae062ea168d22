package dev.nightshift.precompute.lake;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/** A few hand-written rows of every dataset. */
final class SampleRows {
  static final Instant T = Instant.parse("2026-11-20T10:15:30.123Z");

  static final Map<Dataset<?>, List<?>> BY_DATASET =
      Map.of(
          Datasets.USERS,
          List.of(
              new User(1, T, 48.85, 2.35, 1990, Gender.FEMALE, Seeking.MALE, 25, 40, 30, T),
              new User(2, T, 52.52, 13.4, 1985, Gender.NONBINARY, Seeking.EVERYONE, 18, 99, 5, T)),
          Datasets.FOLLOWS,
          List.of(new Follow(1, 2, T), new Follow(2, 1, T.plusSeconds(5))),
          Datasets.POSTS,
          List.of(
              new Post(10, 1, T, "hello #paris", "img/10.jpg"),
              new Post(11, 2, T, "no media #berlin", null)),
          Datasets.ENGAGEMENTS,
          List.of(
              new Engagement(1, 11, EngagementKind.VIEW, T),
              new Engagement(1, 11, EngagementKind.SHARE, T)),
          Datasets.SWIPES,
          List.of(new Swipe(1, 2, SwipeDirection.SUPERLIKE, T)),
          Datasets.FILES,
          List.of(new StoredFile(7, 1, "/docs/a.txt")),
          Datasets.FILE_VERSIONS,
          List.of(
              new FileVersion(7, 1, T, 10, List.of("aa", "bb")),
              new FileVersion(7, 2, T, 0, List.of())),
          Datasets.CHUNKS,
          List.of(new Chunk("aa", 4, 1, T), new Chunk("bb", 6, 1, T)),
          Datasets.MESSAGES,
          List.of(new Message(3, 1, 1, T, "hi"), new Message(3, 2, 2, T, "hello")));

  static List<Message> messages(int conversations, int perConversation) {
    return LongStream.range(0, (long) conversations * perConversation)
        .mapToObj(
            i ->
                new Message(
                    i % conversations,
                    i / conversations + 1,
                    i % 97,
                    T.plusSeconds(i),
                    "message body number " + i))
        .toList();
  }

  private SampleRows() {}
}

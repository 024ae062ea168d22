package dev.nightshift.precompute.generate;

import java.util.random.RandomGenerator;

/** Short made-up texts for posts and chat messages. */
final class Texts {
  private static final String[] WORDS = {
    "just", "saw", "the", "best", "new", "today", "with", "my", "friends", "what", "a", "day",
    "morning", "tonight", "love", "this", "place", "can't", "believe", "finally", "here", "again",
    "big", "news", "about", "city", "weekend", "plans", "check", "out", "great", "view", "from",
    "our", "trip", "so", "happy", "ready", "for", "more", "coffee", "time", "game", "on", "win"
  };

  private Texts() {}

  /** A few words followed by hashtags; {@code extraTag} (may be null) is always included. */
  static String post(RandomGenerator random, String extraTag) {
    StringBuilder text = words(random, 3 + random.nextInt(8));
    int tags = random.nextInt(4);
    for (int i = 0; i < tags; i++) {
      text.append(" #").append(Hashtags.name(Hashtags.drawRank(random)));
    }
    if (extraTag != null) {
      text.append(" #").append(extraTag);
    }
    return text.toString();
  }

  static String message(RandomGenerator random) {
    return words(random, 1 + random.nextInt(12)).toString();
  }

  private static StringBuilder words(RandomGenerator random, int count) {
    StringBuilder text = new StringBuilder(count * 6);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text;
  }
}

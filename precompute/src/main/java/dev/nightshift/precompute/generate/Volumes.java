package dev.nightshift.precompute.generate;

/**
 * Row counts for a scale; every count is proportional to the scale (at least a small floor, so that
 * tiny scales still have a network to speak of).
 */
public record Volumes(
    int users,
    int meanFollowsPerUser,
    double meanPostsPerUserDay,
    long engagementsPerDay,
    long swipesPerDay,
    int files,
    int conversations,
    double meanMessagesPerConversationDay) {

  static final int USERS_AT_SCALE_ONE = 100_000;

  public static Volumes of(double scale) {
    return new Volumes(
        count(USERS_AT_SCALE_ONE, scale, 20),
        50,
        10.0,
        count(10_000_000, scale, 100),
        count(2_000_000, scale, 20),
        count(200_000, scale, 10),
        count(50_000, scale, 5),
        10.0);
  }

  private static int count(long atScaleOne, double scale, int floor) {
    return (int) Math.max(floor, Math.round(atScaleOne * scale));
  }

  public long messagesPerDay() {
    return Math.round(conversations * meanMessagesPerConversationDay);
  }
}

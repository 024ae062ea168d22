package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.model.Gender;
import dev.nightshift.precompute.model.Seeking;
import dev.nightshift.precompute.model.User;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The users, as pure functions of the seed and the user id (ids run from 1 to {@code users}).
 *
 * <p>Users live in contiguous id blocks per city, sized by the city's weight, so that "someone in
 * this city" is one uniform draw. Popularity is a power law over a permutation of the ids, so
 * popular users are spread over all cities. Immutable and thread-safe.
 */
final class Population {
  static final int FAVORITE_AUTHORS = 5;
  private static final double POPULARITY_ALPHA = 3.0;
  private static final double ACTIVITY_ALPHA = 1.5;
  private static final long MS_PER_DAY = 86_400_000L;
  private static final int MAX_ACCOUNT_AGE_DAYS = 3 * 365;
  private static final int[] DISTANCES_KM = {5, 10, 25, 50, 100};
  private static final double KM_PER_DEGREE = 111.32;

  private final long seed;
  private final int users;
  private final Instant end;
  private final int endYear;
  private final int[] cityStart;
  private final long permutationStep;

  Population(GeneratorConfig config) {
    this.seed = config.seed();
    this.users = config.volumes().users();
    this.end = config.end();
    this.endYear = config.endDate().getYear();
    this.cityStart = cityBlocks(users);
    this.permutationStep = coprimeStep(users);
  }

  private static int[] cityBlocks(int users) {
    double total = Cities.ALL.stream().mapToDouble(City::weight).sum();
    int[] start = new int[Cities.ALL.size() + 1];
    double cumulative = 0;
    for (int c = 0; c < Cities.ALL.size(); c++) {
      start[c] = (int) Math.round(cumulative / total * users);
      cumulative += Cities.ALL.get(c).weight();
    }
    start[Cities.ALL.size()] = users;
    return start;
  }

  /** A step coprime with n: i -> (i * step) mod n is then a permutation of [0, n). */
  private static long coprimeStep(int n) {
    long step = 1_000_003L; // prime
    while (n % step == 0) {
      step += 2;
    }
    return step;
  }

  int size() {
    return users;
  }

  int cityOf(long userId) {
    int index = (int) (userId - 1);
    int low = 0;
    int high = Cities.ALL.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (cityStart[mid] <= index) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** A uniform user of the city, or a uniform user anywhere if the city has none at this scale. */
  long userIn(int city, RandomGenerator random) {
    int from = cityStart[city];
    int to = cityStart[city + 1];
    return to > from ? from + random.nextInt(to - from) + 1 : anyUser(random);
  }

  long anyUser(RandomGenerator random) {
    return random.nextInt(users) + 1;
  }

  /** A user drawn by popularity: the targets of follows and of most engagement. */
  long popularUser(RandomGenerator random) {
    return byRank(Draw.skewedIndex(random, users, POPULARITY_ALPHA), 0);
  }

  /** A user drawn by activity: some users swipe and view far more than others. */
  long activeUser(RandomGenerator random) {
    return byRank(Draw.skewedIndex(random, users, ACTIVITY_ALPHA), users / 2);
  }

  private long byRank(int rank, long offset) {
    return (rank * permutationStep + offset) % users + 1;
  }

  /** The authors a user engages with most; a user follows all of them. */
  long favoriteAuthor(long userId, int index) {
    long author = popularUser(Mix.random(seed, "favorite", userId, index));
    return author == userId ? author % users + 1 : author;
  }

  Instant createdAt(long userId) {
    long ageMs =
        (long) (Mix.unit(Mix.hash(seed, "created", userId)) * MAX_ACCOUNT_AGE_DAYS * MS_PER_DAY);
    return end.minusMillis(ageMs + MS_PER_DAY);
  }

  User user(long userId) {
    SplittableRandom random = Mix.random(seed, "user", userId);
    City city = Cities.ALL.get(cityOf(userId));
    double spreadDegrees = Cities.SPREAD_KM / KM_PER_DEGREE;
    double lat = city.lat() + random.nextGaussian() * spreadDegrees;
    double lon =
        city.lon() + random.nextGaussian() * spreadDegrees / Math.cos(Math.toRadians(city.lat()));
    int age = 18 + (int) Math.min(52, Math.abs(random.nextGaussian()) * 15);
    Gender gender = gender(random);
    Instant createdAt = createdAt(userId);
    long idleMs = (long) (random.nextExponential() * 2 * MS_PER_DAY);
    Instant lastActive = end.minusMillis(1 + idleMs);
    return new User(
        userId,
        createdAt,
        round(lat),
        round(lon),
        endYear - age,
        gender,
        seeking(gender, random),
        Math.max(18, age - 2 - random.nextInt(8)),
        age + 2 + random.nextInt(12),
        DISTANCES_KM[random.nextInt(DISTANCES_KM.length)],
        lastActive.isBefore(createdAt) ? createdAt : lastActive);
  }

  private static Gender gender(RandomGenerator random) {
    double u = random.nextDouble();
    return u < 0.48 ? Gender.FEMALE : u < 0.96 ? Gender.MALE : Gender.NONBINARY;
  }

  private static Seeking seeking(Gender gender, RandomGenerator random) {
    double u = random.nextDouble();
    if (gender == Gender.NONBINARY || u >= 0.95) {
      return Seeking.EVERYONE;
    }
    boolean sameGender = u >= 0.85;
    boolean female = gender == Gender.FEMALE;
    return female != sameGender ? Seeking.MALE : Seeking.FEMALE;
  }

  /** Six decimals: about 10 cm, and stable text in any export. */
  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}

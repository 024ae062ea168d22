package dev.nightshift.precompute.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What every slice of one generation shares: the config, the users, the day indexes. */
final class World {
  final GeneratorConfig config;
  final Volumes volumes;
  final Population population;
  final List<PlantedBurst> bursts;
  final ChunkPool chunkPool;
  private final Map<LocalDate, DayPosts> posts = new ConcurrentHashMap<>();

  World(GeneratorConfig config) {
    this.config = config;
    this.volumes = config.volumes();
    this.population = new Population(config);
    this.bursts = PlantedBursts.of(config);
    this.chunkPool = new ChunkPool(config);
  }

  long seed() {
    return config.seed();
  }

  /** The day's post index, built once by whichever slice asks first. */
  DayPosts posts(LocalDate day) {
    return posts.computeIfAbsent(day, d -> DayPosts.of(config, bursts, d));
  }
}

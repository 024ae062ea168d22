package dev.nightshift.precompute.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorDeterminismTest {
  @TempDir Path dir;

  @Test
  void the_same_seed_gives_the_same_rows_on_one_thread_and_on_two() {
    MemorySink oneThread = Generated.run(0.005, 2, 11, 1);
    MemorySink twoThreads = Generated.run(0.005, 2, 11, 2);
    for (Dataset<?> dataset : DataGenerator.datasets()) {
      assertThat(twoThreads.rows(dataset))
          .as(dataset.name())
          .isNotEmpty()
          .isEqualTo(oneThread.rows(dataset));
    }
  }

  @Test
  void running_one_generator_twice_gives_the_same_rows() {
    DataGenerator generator = new DataGenerator(new GeneratorConfig(0.002, 1, 4, Generated.END), 2);
    MemorySink first = new MemorySink();
    MemorySink second = new MemorySink();
    generator.run(first, rows -> {});
    generator.run(second, rows -> {});
    assertThat(second.rows(Datasets.CHUNKS)).isNotEmpty().isEqualTo(first.rows(Datasets.CHUNKS));
  }

  @Test
  void another_seed_gives_other_rows() {
    MemorySink first = Generated.run(0.002, 1, 11, 2);
    MemorySink second = Generated.run(0.002, 1, 12, 2);
    assertThat(second.rows(Datasets.POSTS)).isNotEqualTo(first.rows(Datasets.POSTS));
  }

  @Test
  void the_same_seed_writes_byte_identical_lake_files() {
    Map<String, byte[]> first = generateInto(dir.resolve("a"), 1);
    Map<String, byte[]> second = generateInto(dir.resolve("b"), 2);
    assertThat(first).hasSizeGreaterThan(10);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach(
        (file, bytes) -> assertThat(Arrays.equals(bytes, second.get(file))).as(file).isTrue());
  }

  private static Map<String, byte[]> generateInto(Path root, int threads) {
    GeneratorConfig config = new GeneratorConfig(0.002, 2, 5, Generated.END);
    try (Lake lake = Lake.create(root.toString())) {
      new DataGenerator(config, threads).run(new LakeSink(lake), rows -> {});
      assertThat(lake.readAll(PlantedBurst.DATASET, Generated.END))
          .isEqualTo(PlantedBursts.of(config));
    }
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .filter(p -> p.getFileName().toString().startsWith("part-"))
          .forEach(p -> files.put(root.relativize(p).toString(), read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

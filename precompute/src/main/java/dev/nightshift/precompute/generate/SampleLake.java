package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * A small generated lake (seed 42, two days ending {@link #END}) kept in a folder and generated
 * once per JVM: the fixed input on which the batch and Spark jobs are checked against each other.
 */
public final class SampleLake {
  public static final LocalDate END = LocalDate.of(2026, 11, 24);
  private static final Map<Path, Path> GENERATED = new HashMap<>();

  private SampleLake() {}

  /** The lake in {@code folder}, generated afresh at {@code scale} the first time this JVM asks. */
  public static synchronized Path in(Path folder, double scale) {
    return GENERATED.computeIfAbsent(folder.toAbsolutePath(), f -> generate(f, scale));
  }

  /** A copy of {@code source} at {@code target}, for work that changes the lake (compaction). */
  public static Path copy(Path source, Path target) {
    try (var files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path generate(Path folder, double scale) {
    if (Files.exists(folder)) {
      try (var files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (Lake target = Lake.create(folder.toString())) {
      new DataGenerator(new GeneratorConfig(scale, 2, 42, END), 2).run(new LakeSink(target), rows -> {});
    }
    return folder;
  }
}

package dev.nightshift.batch;

import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.LakeSink;
import dev.nightshift.precompute.lake.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A small generated lake (scale 0.005, two days ending {@link #END}), made once per test JVM. */
public final class GeneratedLake {
  public static final LocalDate END = LocalDate.of(2026, 11, 24);
  private static Path lake;

  private GeneratedLake() {}

  public static synchronized Path path() {
    if (lake == null) {
      lake = generate(0.005, Path.of(System.getProperty("java.io.tmpdir"), "generated-lake"));
    }
    return lake;
  }

  /** A fresh copy, for tests that change the lake (compaction). */
  public static Path copy(Path target) {
    Path source = path();
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

  static Path generate(double scale, Path folder) {
    try {
      if (Files.exists(folder)) {
        try (var files = Files.walk(folder)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Lake target = Lake.create(folder.toString())) {
      new DataGenerator(new GeneratorConfig(scale, 2, 42, END), 2)
          .run(new LakeSink(target), rows -> {});
    }
    return folder;
  }
}

package dev.nightshift.batch;

import dev.nightshift.precompute.generate.SampleLake;
import java.nio.file.Path;
import java.time.LocalDate;

/** The sample lake at scale 0.005 (two days ending {@link #END}), made once per test JVM. */
public final class GeneratedLake {
  public static final LocalDate END = SampleLake.END;

  private GeneratedLake() {}

  public static Path path() {
    return SampleLake.in(Path.of(System.getProperty("java.io.tmpdir"), "generated-lake"), 0.005);
  }

  /** A fresh copy, for tests that change the lake (compaction). */
  public static Path copy(Path target) {
    return SampleLake.copy(path(), target);
  }
}

package dev.nightshift.precompute;

import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.MemorySink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Generated data sets kept in memory, generated once per configuration for all test classes. */
public final class GeneratedRows {
  private static final Map<GeneratorConfig, MemorySink> GENERATED = new ConcurrentHashMap<>();

  private GeneratedRows() {}

  public static MemorySink of(GeneratorConfig config) {
    return GENERATED.computeIfAbsent(
        config,
        c -> {
          MemorySink sink = new MemorySink();
          new DataGenerator(c, 1).run(sink, rows -> {});
          return sink;
        });
  }
}

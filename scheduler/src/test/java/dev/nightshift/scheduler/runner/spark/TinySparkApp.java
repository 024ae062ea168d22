package dev.nightshift.scheduler.runner.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A tiny Spark application, compiled against the Spark home's jars into a jar of its own: it
 * counts a small range on a real SparkSession, and then exits 0, throws ({@code fail}) or keeps
 * running ({@code wait}) as its first argument says.
 */
final class TinySparkApp {
  static final String MAIN_CLASS = "tiny.App";
  private static final String SOURCE = """
      package tiny;
      public class App {
        public static void main(String[] args) throws Exception {
          org.apache.spark.sql.SparkSession spark = org.apache.spark.sql.SparkSession.builder()
              .appName("tiny").config("spark.ui.enabled", "false").getOrCreate();
          System.out.println("counted " + spark.range(1000).count());
          String mode = args.length > 0 ? args[0] : "ok";
          if (mode.equals("fail")) {
            throw new IllegalStateException("tiny app failed on purpose");
          }
          if (mode.equals("gate")) {
            // Each task says it runs, then holds until the test opens the gate.
            String gate = args[1];
            spark.range(0, 2, 1, 2).foreach((org.apache.spark.api.java.function.ForeachFunction<Long>) i -> {
              java.nio.file.Path entered = java.nio.file.Path.of(gate + ".entered-" + i);
              if (!java.nio.file.Files.exists(entered)) {
                java.nio.file.Files.createFile(entered);
              }
              while (!java.nio.file.Files.exists(java.nio.file.Path.of(gate))) {
                Thread.sleep(20);
              }
            });
            System.out.println("passed the gate");
          }
          if (mode.equals("wait")) {
            Thread.currentThread().join();
          }
          spark.stop();
        }
      }
      """;

  private TinySparkApp() {}

  static Path jar(Path sparkHome, Path dir) {
    try {
      Path src = Files.createDirectories(dir.resolve("tiny-src/tiny"));
      Files.writeString(src.resolve("App.java"), SOURCE);
      Path classes = Files.createDirectories(dir.resolve("tiny-classes"));
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      String classpath;
      try (var jars = Files.list(sparkHome.resolve("jars"))) {
        classpath = jars.map(Path::toString).collect(java.util.stream.Collectors.joining(":"));
      }
      int result = compiler.run(null, null, null, "-d", classes.toString(), "-cp", classpath,
          src.resolve("App.java").toString());
      if (result != 0) {
        throw new IllegalStateException("could not compile the tiny Spark app");
      }
      Path jar = dir.resolve("tiny.jar");
      try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
        for (String name : List.of("tiny/App.class")) {
          zip.putNextEntry(new JarEntry(name));
          zip.write(Files.readAllBytes(classes.resolve(name)));
          zip.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.nightshift.spark.compaction;

import dev.nightshift.precompute.compaction.files.CompactionResult;
import dev.nightshift.precompute.compaction.files.CompactionTarget;
import dev.nightshift.precompute.compaction.files.FileCompactor;
import dev.nightshift.precompute.compaction.versions.LakeStorageRetention;
import dev.nightshift.precompute.compaction.versions.RetentionParameters;
import dev.nightshift.precompute.compaction.versions.RetentionReport;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.FileRoll;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.serving.RetentionRule;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.spark.InvalidJobArgumentException;
import dev.nightshift.spark.JobArguments;
import dev.nightshift.spark.ServingOutput;
import dev.nightshift.spark.SparkJob;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code compaction} job on Spark, the same three parts as the batch job: the {@code messages}
 * partitions of {@code from} (default {@code date}) to {@code date} compacted by precompute's
 * {@link FileCompactor}, one Spark task per partition, each swapped in crash-safely; file-version
 * retention and chunk garbage collection by {@link LakeStorageRetention}; serving versions past
 * retention dropped. Parameters ({@code --param}): {@code target_bytes} (128 MB), {@code
 * keep_last} (10), {@code keep_days} (30), {@code keep_versions} (5), {@code from}.
 */
public final class CompactionJob implements SparkJob {
  public static final String NAME = "compaction";

  public static void main(String[] args) {
    System.exit(SparkJob.main(new CompactionJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String run(SparkSession spark, JobArguments args) {
    long target = args.positiveLong("target_bytes", FileRoll.DEFAULT_TARGET_BYTES);
    RetentionParameters defaults = RetentionParameters.DEFAULTS;
    RetentionParameters retention = new RetentionParameters(
        (int) args.positiveLong("keep_last", defaults.keepLast()),
        Duration.ofDays(args.positiveLong("keep_days", defaults.keepYoungerThan().toDays())),
        defaults.chunkGracePeriod());
    int keepVersions = (int) args.positiveLong("keep_versions", RetentionRule.DEFAULT_KEEP_NEWEST);
    LocalDate from = from(args);
    List<String> outcome = new ArrayList<>();
    try (Lake lake = Lake.open(args.lake())) {
      LakeInputs.requirePartition(lake, Datasets.MESSAGES, args.date());
      List<String> days = lake.partitions(Datasets.MESSAGES, from, args.date()).stream()
          .map(LocalDate::toString).toList();
      String lakeUri = args.lake();
      List<String> compacted = new JavaSparkContext(spark.sparkContext())
          .parallelize(days, Math.max(1, days.size()))
          .map(day -> compact(lakeUri, LocalDate.parse(day), target))
          .collect();
      outcome.addAll(compacted);
      RetentionReport report = new LakeStorageRetention(retention).apply(lake, args.end());
      outcome.add(report.summary());
    }
    try (ServingOutput output = ServingOutput.open(args)) {
      List<String> dropped = new ArrayList<>();
      for (ServingDataset dataset : ServingDataset.values()) {
        dropped.add(dataset + " " + output.store().dropPastRetention(dataset, keepVersions));
      }
      outcome.add("serving versions dropped: " + String.join(", ", dropped));
    }
    return String.join("; ", outcome);
  }

  private static String compact(String lakeUri, LocalDate day, long target) {
    try (Lake lake = Lake.open(lakeUri)) {
      CompactionResult r =
          new FileCompactor(lake, new CompactionTarget(target)).compact(Datasets.MESSAGES, day);
      return String.format(Locale.ROOT, "messages dt=%s: %s, %d files (%d bytes) -> %d files (%d bytes)",
          day, r.compacted() ? "compacted" : "already compact",
          r.filesBefore(), r.bytesBefore(), r.filesAfter(), r.bytesAfter());
    }
  }

  private static LocalDate from(JobArguments args) {
    String value = args.params().get("from");
    if (value == null || value.isBlank()) {
      return args.date();
    }
    try {
      LocalDate from = LocalDate.parse(value.trim());
      if (from.isAfter(args.date())) {
        throw new InvalidJobArgumentException(
            "--param from (" + from + ") must not be after --date (" + args.date() + ")");
      }
      return from;
    } catch (DateTimeParseException e) {
      throw new InvalidJobArgumentException("--param from must be a date YYYY-MM-DD, was '" + value + "'");
    }
  }
}

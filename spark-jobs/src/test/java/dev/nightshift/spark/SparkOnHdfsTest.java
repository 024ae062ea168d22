package dev.nightshift.spark;

import static dev.nightshift.spark.SharedSpark.END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.LakeSink;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.PartitionNotFoundException;
import dev.nightshift.precompute.model.Message;
import dev.nightshift.spark.compaction.CompactionJob;
import dev.nightshift.spark.feeds.FeedsJob;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark jobs on a lake in a real (single-node, in-process) HDFS. */
class SparkOnHdfsTest {
  @TempDir static Path dir;
  private static MiniDFSCluster hdfs;
  private static String lake;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    lake = "hdfs://localhost:" + hdfs.getNameNodePort() + "/lake";
    try (Lake target = Lake.create(lake)) {
      new DataGenerator(new GeneratorConfig(0.002, 2, 7, END), 2).run(new LakeSink(target), rows -> {});
    }
  }

  @AfterAll
  static void stopHdfs() {
    hdfs.shutdown();
  }

  private static JobArguments args(String lakeUri, String... more) {
    List<String> argv = new java.util.ArrayList<>(List.of("--lake", lakeUri, "--date", END.toString(),
        "--data-dir", dir.toString(), "--producer", "hdfs"));
    argv.addAll(List.of(more));
    return JobArguments.parse(argv.toArray(String[]::new));
  }

  @Test
  void feeds_read_their_inputs_from_hdfs_and_stage_a_sealed_version() {
    String outcome = new FeedsJob().run(SharedSpark.session(), args(lake));

    assertThat(outcome).matches("sealed feeds version \\d+: [1-9]\\d* documents, mean score .*");
  }

  @Test
  void compaction_commits_the_merged_partition_on_hdfs_in_one_swap() {
    List<Message> before;
    int filesBefore;
    try (Lake opened = Lake.open(lake)) {
      before = opened.readAll(Datasets.MESSAGES, END);
      filesBefore = opened.files(Datasets.MESSAGES, END).size();
    }

    String outcome = new CompactionJob().run(SharedSpark.session(), args(lake));

    assertThat(outcome).contains("messages dt=" + END + ": compacted");
    try (Lake opened = Lake.open(lake)) {
      assertThat(filesBefore).isGreaterThan(1);
      assertThat(opened.files(Datasets.MESSAGES, END)).hasSize(1);
      assertThat(opened.readAll(Datasets.MESSAGES, END))
          .containsExactlyInAnyOrderElementsOf(before)
          .isSortedAccordingTo(Comparator.comparingLong(Message::conversationId).thenComparingLong(Message::seq));
    }
  }

  @Test
  void a_missing_partition_on_hdfs_fails_naming_its_path_before_anything_is_staged() {
    assertThatThrownBy(() -> new FeedsJob().run(SharedSpark.session(),
        JobArguments.parse("--lake", lake, "--date", END.plusDays(3).toString(), "--data-dir", dir.toString())))
        .isInstanceOf(PartitionNotFoundException.class)
        .hasMessageContaining(lake + "/posts/dt=" + END.plusDays(3));
  }
}

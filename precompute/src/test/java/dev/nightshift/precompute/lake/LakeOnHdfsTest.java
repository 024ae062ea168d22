package dev.nightshift.precompute.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.compaction.files.CompactionResult;
import dev.nightshift.precompute.compaction.files.CompactionTarget;
import dev.nightshift.precompute.compaction.files.FileCompactor;
import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.LakeSink;
import dev.nightshift.precompute.model.Message;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same lake on a real (single-node, in-process) HDFS. */
class LakeOnHdfsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @TempDir static Path dir;
  private static MiniDFSCluster hdfs;
  private static String root;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    root = "hdfs://localhost:" + hdfs.getNameNodePort();
  }

  @AfterAll
  static void stopHdfs() {
    hdfs.shutdown();
  }

  @Test
  void partitions_are_written_atomically_read_back_and_never_overwritten() {
    List<Message> messages = SampleRows.messages(7, 300);
    try (Lake lake = Lake.create(root + "/atomic")) {
      try (StagedPartition<Message> staged = lake.stage(Datasets.MESSAGES, DAY)) {
        try (RowWriter<Message> writer = staged.writer(0, FileRoll.everyRows(500))) {
          messages.forEach(writer::write);
        }
        staged.commit();
      }
      assertThat(lake.files(Datasets.MESSAGES, DAY)).hasSize(5);
      assertThat(lake.readAll(Datasets.MESSAGES, DAY)).isEqualTo(messages);
      assertThatThrownBy(() -> lake.write(Datasets.MESSAGES, DAY, messages))
          .isInstanceOf(PartitionExistsException.class)
          .hasMessageContaining(root + "/atomic/messages/dt=" + DAY);
      assertThatThrownBy(() -> lake.readAll(Datasets.MESSAGES, DAY.plusDays(1)))
          .isInstanceOf(PartitionNotFoundException.class)
          .hasMessageContaining(root + "/atomic/messages/dt=" + DAY.plusDays(1));
    }
  }

  @Test
  void compaction_swaps_the_partition_in_place() {
    List<Message> messages = SampleRows.messages(10, 500);
    try (Lake lake = Lake.create(root + "/compaction")) {
      try (StagedPartition<Message> staged = lake.stage(Datasets.MESSAGES, DAY)) {
        try (RowWriter<Message> writer = staged.writer(0, FileRoll.everyRows(250))) {
          messages.forEach(writer::write);
        }
        staged.commit();
      }
      CompactionResult result =
          new FileCompactor(lake, new CompactionTarget(1024 * 1024))
              .compact(Datasets.MESSAGES, DAY);
      assertThat(result.filesBefore()).isEqualTo(20);
      assertThat(result.filesAfter()).isEqualTo(1);
      assertThat(lake.readAll(Datasets.MESSAGES, DAY))
          .containsExactlyInAnyOrderElementsOf(messages);
    }
  }

  @Test
  void the_generator_writes_into_hdfs() {
    GeneratorConfig config = new GeneratorConfig(0.001, 1, 9, DAY);
    try (Lake lake = Lake.create(root + "/generated")) {
      new DataGenerator(config, 2).run(new LakeSink(lake), rows -> {});
      assertThat(lake.readAll(Datasets.USERS, DAY)).hasSize(config.volumes().users());
      assertThat(lake.partitions(Datasets.ENGAGEMENTS)).containsExactly(DAY);
    }
  }
}

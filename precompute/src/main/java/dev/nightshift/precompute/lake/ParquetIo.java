package dev.nightshift.precompute.lake;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;

/** Opens Parquet writers and readers with the lake's settings. */
final class ParquetIo {
  /**
   * A row group at most a quarter of the target file: the writer's size estimate counts buffered
   * rows uncompressed, so smaller groups keep rolled files closer to their target; but every group
   * adds statistics and indexes to the footer, so not too small either.
   */
  private static final int ROW_GROUPS_PER_TARGET = 4;

  private static final long MIN_ROW_GROUP_BYTES = 4 * 1024;

  private ParquetIo() {}

  static ParquetWriter<GenericRecord> writer(
      FileSystem fs, Configuration conf, Path path, Dataset<?> dataset, FileRoll roll)
      throws IOException {
    long rowGroup =
        Math.max(
            MIN_ROW_GROUP_BYTES,
            Math.min(ParquetWriter.DEFAULT_BLOCK_SIZE, roll.targetBytes() / ROW_GROUPS_PER_TARGET));
    return AvroParquetWriter.<GenericRecord>builder(new LakeOutputFile(fs, path))
        // No dictionaries: building one for ids, timestamps or free text costs most of the write
        // time and is thrown away when it overflows. And no per-dataset encoding settings at all:
        // parquet-java shares one values-writer factory between all writers of a JVM
        // (apache/parquet-java#3224, #3497), so one writer's settings leak into concurrent ones.
        .withDictionaryEncoding(false)
        .withSchema(dataset.schema())
        .withConf(conf)
        .withDataModel(GenericData.get())
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.CREATE)
        .withRowGroupSize(rowGroup)
        .build();
  }

  static MessageType fileSchema(Configuration conf, Path path) throws IOException {
    // Explicit options: the one-argument open() builds a fresh Configuration, parsing Hadoop's XML
    // defaults again for every file.
    try (ParquetFileReader reader =
        ParquetFileReader.open(
            HadoopInputFile.fromPath(path, conf), HadoopReadOptions.builder(conf).build())) {
      return reader.getFooter().getFileMetaData().getSchema();
    }
  }

  /** A configuration for {@link #reader}: rows shaped by {@code schema}, whatever extra columns. */
  static Configuration readConf(Configuration conf, Schema schema) {
    Configuration readConf = new Configuration(conf);
    AvroReadSupport.setRequestedProjection(readConf, schema);
    AvroReadSupport.setAvroReadSchema(readConf, schema);
    return readConf;
  }

  static ParquetReader<GenericRecord> reader(Configuration readConf, Path path) throws IOException {
    return AvroParquetReader.<GenericRecord>builder(HadoopInputFile.fromPath(path, readConf))
        .withDataModel(GenericData.get())
        .withConf(readConf)
        .build();
  }
}

package dev.nightshift.benchmarks.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * The peer figure: parquet-avro's writer with stock settings, one thread, one file, writing trivial
 * rows (two longs). What a lake write costs before any data has to be made up.
 */
final class PlainParquetBaseline {
  private static final Schema TRIVIAL =
      SchemaBuilder.record("Trivial").fields().requiredLong("id").requiredLong("value").endRecord();

  record Result(long rows, long bytes, Duration elapsed) {}

  private PlainParquetBaseline() {}

  static Result write(Path file, long rows) throws IOException {
    long started = System.nanoTime();
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.toUri());
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(
                HadoopOutputFile.fromPath(path, new Configuration()))
            .withSchema(TRIVIAL)
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .build()) {
      for (long i = 0; i < rows; i++) {
        GenericData.Record row = new GenericData.Record(TRIVIAL);
        row.put(0, i);
        row.put(1, i * 31);
        writer.write(row);
      }
    }
    return new Result(rows, Files.size(file), Duration.ofNanos(System.nanoTime() - started));
  }
}

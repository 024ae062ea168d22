package dev.nightshift.spark;

import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * A job that rebuilds a serving dataset: checks its inputs (naming the missing path before anything
 * is staged), computes the documents on the cluster, and stores them from the driver into a
 * sealed version of {@link #dataset()}.
 */
public abstract class RebuildJob implements SparkJob {
  /** The serving dataset this job stages. */
  protected abstract ServingDataset dataset();

  /** Fails, naming the path, when an input the job needs is missing from the lake. */
  protected abstract void check(Lake lake, JobArguments args);

  /** The documents, encoded on the executors. */
  protected abstract Dataset<EncodedDocument> documents(
      SparkSession spark, LakeScan scan, JobArguments args);

  @Override
  public String run(SparkSession spark, JobArguments args) {
    try (Lake lake = Lake.open(args.lake())) {
      check(lake, args);
      Dataset<EncodedDocument> documents = documents(spark, new LakeScan(spark, lake), args);
      try (ServingOutput output = ServingOutput.open(args)) {
        return output.write(dataset(), args.producer(), documents.toLocalIterator());
      }
    }
  }
}

package dev.nightshift.batch.trends;

import dev.nightshift.precompute.trends.TrendDocuments;
import dev.nightshift.batch.support.RebuildJobs;
import dev.nightshift.batch.support.RebuildSpec;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.trends.TrendParameters;
import dev.nightshift.precompute.trends.TrendingTag;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code trends} job: for the last window of the data interval, each author region's trending
 * hashtags and the global list, as precompute's {@link dev.nightshift.precompute.trends.TrendBuilder}
 * ranks them, written to a staged {@code trends} serving version under {@code 1h@<region>}.
 */
@Configuration(proxyBeanMethods = false)
public class TrendsJobConfiguration {
  public static final String JOB = "trends";
  private static final TrendParameters PARAMETERS = TrendParameters.DEFAULTS;

  @Bean
  public Job trendsJob(RebuildJobs jobs) {
    return jobs.job(new RebuildSpec<>(JOB, ServingDataset.TRENDS, TrendInputs::check,
        (lake, build) -> TrendInputs.load(lake, PARAMETERS, build),
        TrendInputs::regions,
        (inputs, region) -> {
          List<TrendingTag> tags = inputs.trendsOf(region);
          return tags.isEmpty() ? null : TrendDocuments.of(PARAMETERS.window(), region, tags);
        }));
  }
}

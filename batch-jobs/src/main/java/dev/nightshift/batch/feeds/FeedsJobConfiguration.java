package dev.nightshift.batch.feeds;

import dev.nightshift.precompute.feeds.FeedDocuments;
import dev.nightshift.batch.support.RebuildJobs;
import dev.nightshift.batch.support.RebuildSpec;
import dev.nightshift.precompute.feeds.FeedIndex;
import dev.nightshift.precompute.feeds.FeedItem;
import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.serving.ServingDataset;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code feeds} job: every follower's home feed for the build time, as precompute's {@link
 * dev.nightshift.precompute.feeds.FeedBuilder} computes it (both ask a {@link FeedIndex}), written
 * to a staged {@code feeds} serving version. Users are split over the worker threads by id.
 */
@Configuration(proxyBeanMethods = false)
public class FeedsJobConfiguration {
  public static final String JOB = "feeds";
  private static final FeedParameters PARAMETERS = FeedParameters.DEFAULTS;

  @Bean
  public Job feedsJob(RebuildJobs jobs) {
    return jobs.job(new RebuildSpec<>(JOB, ServingDataset.FEEDS, FeedInputs::check,
        (lake, build) -> FeedInputs.load(lake, PARAMETERS, build),
        FeedIndex::users,
        (index, userId) -> {
          List<FeedItem> feed = index.feedOf(userId);
          return feed.isEmpty() ? null : FeedDocuments.of(userId, feed);
        }));
  }
}

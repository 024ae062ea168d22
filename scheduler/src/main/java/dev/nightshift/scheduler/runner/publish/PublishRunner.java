package dev.nightshift.scheduler.runner.publish;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.ServingStoreException;
import dev.nightshift.precompute.serving.ValidationBounds;
import dev.nightshift.precompute.serving.VersionInfo;
import dev.nightshift.precompute.serving.VersionState;
import dev.nightshift.scheduler.runner.InvalidTaskArgsException;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskArgs;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.TaskRunner;
import dev.nightshift.scheduler.runner.batch.BatchRunner;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Validates a sealed serving version against the current one and makes it current, in one
 * transaction of the serving store. Arguments: {@code dataset} (feeds, recommendations, trends);
 * {@code version} (default: the newest sealed version whose producer is this DAG run, {@code
 * <dag_id>/<run_id>}, as the {@code batch} runner labels it — a version from another run is never
 * picked by accident); bounds {@code min_rows} (1), {@code max_row_count_change_ratio} and {@code
 * max_mean_score_shift_ratio} (unbounded when absent); {@code keep_versions} (drop versions past
 * retention after publishing). A failed bound fails the try with the store's message and leaves
 * the current version served. The work is done within {@link #start}; the handle is {@code
 * <dataset>:<version>}.
 */
public final class PublishRunner implements TaskRunner {
  public static final String TYPE = "publish";

  private final ServingStore store;
  private final Executor callbacks;
  private final Map<String, Observation> outcomes = new ConcurrentHashMap<>();

  public PublishRunner(ServingStore store, Executor callbacks) {
    this.store = store;
    this.callbacks = callbacks;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RunHandle start(TaskContext context) {
    TaskArgs args = context.taskArgs();
    ServingDataset dataset = dataset(args);
    ValidationBounds bounds = bounds(args);
    int keep = args.integer("keep_versions", 0);
    long version = version(context, args, dataset);
    String id = dataset + ":" + version;
    outcomes.put(id, publish(dataset, version, bounds, keep));
    return new RunHandle(TYPE, id);
  }

  private Observation publish(ServingDataset dataset, long version, ValidationBounds bounds, int keep) {
    try {
      store.publish(dataset, version, bounds);
      String detail = "published " + dataset + " version " + version;
      if (keep > 0) {
        detail += "; dropped past retention: " + store.dropPastRetention(dataset, keep);
      }
      return Observation.succeeded(null, detail);
    } catch (ServingStoreException e) {
      return Observation.failed(null, e.getMessage());
    }
  }

  private long version(TaskContext context, TaskArgs args, ServingDataset dataset) {
    String given = args.string("version", null);
    if (given != null && !given.isBlank()) {
      try {
        return Long.parseLong(given.trim());
      } catch (NumberFormatException e) {
        throw new InvalidTaskArgsException(
            context.task() + ": argument 'version' must be a version number, got '" + given + "'");
      }
    }
    String producer = BatchRunner.producerOf(context);
    List<VersionInfo> versions = store.versions(dataset);
    return versions.stream()
        .filter(v -> v.state() == VersionState.SEALED && producer.equals(v.producer()))
        .max(Comparator.comparingLong(VersionInfo::version))
        .orElseThrow(() -> new InvalidTaskArgsException(context.task() + ": no sealed " + dataset
            + " version produced by " + producer + "; the build task of this run must stage and"
            + " seal one first (or pass 'version')"))
        .version();
  }

  private static ServingDataset dataset(TaskArgs args) {
    String name = args.requiredString("dataset");
    try {
      return ServingDataset.ofStoredName(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidTaskArgsException(args.task() + ": argument 'dataset': " + e.getMessage());
    }
  }

  private static ValidationBounds bounds(TaskArgs args) {
    try {
      return new ValidationBounds(
          args.integer("min_rows", 1),
          ratio(args, "max_row_count_change_ratio"),
          ratio(args, "max_mean_score_shift_ratio"));
    } catch (IllegalArgumentException e) {
      throw new InvalidTaskArgsException(args.task() + ": " + e.getMessage());
    }
  }

  private static double ratio(TaskArgs args, String name) {
    String value = args.string(name, null);
    if (value == null || value.isBlank()) {
      return Double.POSITIVE_INFINITY;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidTaskArgsException(
          args.task() + ": argument '" + name + "' must be a number, got '" + value + "'");
    }
  }

  @Override
  public Observation observe(RunHandle handle) {
    Observation known = outcomes.get(handle.externalId());
    if (known != null) {
      return known;
    }
    // Published before a restart: the store knows whether the flip happened.
    String[] parts = handle.externalId().split(":");
    ServingDataset dataset = ServingDataset.ofStoredName(parts[0]);
    long version = Long.parseLong(parts[1]);
    boolean published = store.versions(dataset).stream()
        .anyMatch(v -> v.version() == version && v.state() == VersionState.PUBLISHED);
    return published
        ? Observation.succeeded(null, "published " + dataset + " version " + version)
        : Observation.failed(null, dataset + " version " + version + " was not published");
  }

  @Override
  public void cancel(RunHandle handle) {
    // The flip is one transaction inside start: there is nothing left to stop.
  }

  @Override
  public boolean whenDone(RunHandle handle, Consumer<Observation> onDone) {
    Observation known = outcomes.remove(handle.externalId());
    if (known == null) {
      return false;
    }
    callbacks.execute(() -> onDone.accept(known));
    return true;
  }
}

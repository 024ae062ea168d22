package dev.nightshift.scheduler.dag;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The settings {@code default_args} gives every task and a task may override. An explicit
 * {@code execution_timeout: null} removes a timeout set in {@code default_args}.
 */
record TaskDefaults(
    Integer retries,
    Duration retryDelay,
    Boolean exponentialBackoff,
    Duration maxRetryDelay,
    Duration executionTimeout,
    TriggerRule triggerRule,
    String pool,
    Integer priorityWeight) {

  static final Set<String> FIELDS =
      Set.of(
          "retries",
          "retry_delay",
          "retry_exponential_backoff",
          "max_retry_delay",
          "execution_timeout",
          "trigger_rule",
          "pool",
          "priority_weight");

  static final TaskDefaults BUILT_IN =
      new TaskDefaults(
          RetryPolicy.NONE.retries(),
          RetryPolicy.NONE.delay(),
          RetryPolicy.NONE.exponentialBackoff(),
          RetryPolicy.NONE.maxDelay(),
          null,
          TriggerRule.ALL_SUCCESS,
          TaskSpec.DEFAULT_POOL,
          1);

  /** These settings with the fields present in {@code fields} read from the file instead. */
  TaskDefaults overriddenBy(Map<String, Node> fields, NodeReader reader) {
    Node timeout = fields.get("execution_timeout");
    boolean noTimeout = timeout != null && NodeReader.isNull(timeout);
    return new TaskDefaults(
        read(fields, "retries", retries, n -> reader.integer(n, 0, "retries")),
        read(fields, "retry_delay", retryDelay, n -> reader.duration(n, "retry_delay")),
        read(fields, "retry_exponential_backoff", exponentialBackoff,
            n -> reader.bool(n, "retry_exponential_backoff")),
        read(fields, "max_retry_delay", maxRetryDelay, n -> reader.duration(n, "max_retry_delay")),
        noTimeout ? null : read(fields, "execution_timeout", executionTimeout,
            n -> reader.duration(n, "execution_timeout")),
        read(fields, "trigger_rule", triggerRule, n -> reader.oneOf(n, TriggerRule.class, "trigger_rule")),
        read(fields, "pool", pool, reader::text),
        read(fields, "priority_weight", priorityWeight, n -> reader.integer(n, Integer.MIN_VALUE, "priority_weight")));
  }

  RetryPolicy retryPolicy() {
    return new RetryPolicy(retries, retryDelay, exponentialBackoff, maxRetryDelay);
  }

  private static <T> T read(Map<String, Node> fields, String name, T fallback, Function<Node, T> reader) {
    Node node = fields.get(name);
    if (node == null) {
      return fallback;
    }
    T value = reader.apply(node);
    return value == null ? fallback : value;
  }
}

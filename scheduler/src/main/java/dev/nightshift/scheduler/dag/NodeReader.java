package dev.nightshift.scheduler.dag;

import dev.nightshift.scheduler.schedule.Durations;
import dev.nightshift.scheduler.schedule.ScheduleException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values out of YAML nodes. A value of the wrong shape is reported to
 * {@link Problems} at its position and read as {@code null}, so that parsing goes on and every
 * problem of the file is found in one pass.
 */
final class NodeReader {

  private final Problems problems;

  NodeReader(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  /**
   * The fields of a mapping by name, in file order. Unknown and repeated names are reported; the
   * known fields are returned anyway.
   */
  Map<String, Node> fields(Node node, Set<String> known, String what) {
    Map<String, Node> keys = keyNodes(node);
    Map<String, Node> fields = entries(node, what);
    fields.keySet().removeIf(name -> {
      if (known.contains(name)) {
        return false;
      }
      problems.at(keys.get(name), "unknown field '" + name + "' in " + what + NameSuggestions.hint(name, known));
      return true;
    });
    return fields;
  }

  /** Entries of a mapping whose keys are free names (params, tasks by id), in file order. */
  Map<String, Node> entries(Node node, String what) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      problems.at(node, what + " must be a mapping, found " + describe(node));
      return entries;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String name = text(tuple.getKeyNode());
      if (name != null && entries.putIfAbsent(name, tuple.getValueNode()) != null) {
        problems.at(tuple.getKeyNode(), "'" + name + "' appears twice in " + what);
      }
    }
    return entries;
  }

  /** Keys of a mapping, with their nodes, for positions. */
  Map<String, Node> keyNodes(Node node) {
    Map<String, Node> keys = new LinkedHashMap<>();
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          keys.putIfAbsent(key.getValue(), key);
        }
      }
    }
    return keys;
  }

  String text(Node node) {
    if (node instanceof ScalarNode scalar && !isNull(scalar)) {
      return scalar.getValue();
    }
    problems.at(node, "expected text, found " + describe(node));
    return null;
  }

  Integer integer(Node node, int min, String field) {
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
      try {
        int value = Integer.parseInt(scalar.getValue().replace("_", ""));
        if (value >= min) {
          return value;
        }
        problems.at(node, field + " must be at least " + min + ", found " + value);
        return null;
      } catch (NumberFormatException e) {
        problems.at(node, field + " must be a decimal whole number within int range, found " + scalar.getValue());
        return null;
      }
    }
    problems.at(node, field + " must be a whole number, found " + describe(node));
    return null;
  }

  Boolean bool(Node node, String field) {
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
      return Boolean.valueOf(scalar.getValue().toLowerCase(Locale.ROOT).matches("true|yes|on"));
    }
    problems.at(node, field + " must be true or false, found " + describe(node));
    return null;
  }

  /** One of an enum's constants, written in lower case as in Airflow ({@code all_success}). */
  <E extends Enum<E>> E oneOf(Node node, Class<E> type, String what) {
    String text = text(node);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text.strip())) {
        return constant;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    problems.at(node, "unknown " + what + " '" + text + "' (known: " + String.join(", ", names) + ")"
        + NameSuggestions.hint(text, names));
    return null;
  }

  /** A duration such as {@code 5m}, {@code PT5M}, or a number of seconds. */
  Duration duration(Node node, String field) {
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
      Integer seconds = integer(node, 0, field);
      return seconds == null ? null : Duration.ofSeconds(seconds);
    }
    String text = text(node);
    if (text == null) {
      return null;
    }
    try {
      Duration duration = Durations.parse(text);
      if (duration.isNegative()) {
        problems.at(node, field + " must not be negative, found '" + text + "'");
        return null;
      }
      return duration;
    } catch (ScheduleException e) {
      problems.at(node, field + ": " + e.getMessage());
      return null;
    }
  }

  /** One name or a list of names. */
  List<String> textList(Node node, String field) {
    List<String> values = new ArrayList<>();
    if (node instanceof ScalarNode scalar && !isNull(scalar)) {
      values.add(scalar.getValue());
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        String value = text(item);
        if (value != null) {
          values.add(value);
        }
      }
    } else if (!isNull(node)) {
      problems.at(node, field + " must be a name or a list of names, found " + describe(node));
    }
    return values;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode scalar = (ScalarNode) node;
    if (isNull(scalar)) {
      return "nothing (null)";
    }
    return "'" + scalar.getValue() + "'";
  }
}

package dev.nightshift.scheduler.dag;

import dev.nightshift.scheduler.template.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code tasks}, written as a list of tasks with ids or as a mapping from id to task. */
final class TaskReader {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,250}");
  private static final Set<String> OWN_FIELDS = Set.of("id", "type", "args", "depends_on");
  static final Set<String> FIELDS = union(OWN_FIELDS, TaskDefaults.FIELDS);

  private final NodeReader reader;
  private final PlainValues values;
  private final Set<String> knownTypes;
  private final TaskDefaults defaults;
  private final Set<String> paramNames;
  private final Map<String, ParamSpec> params;

  TaskReader(NodeReader reader, PlainValues values, Set<String> knownTypes, TaskDefaults defaults,
      Map<String, ParamSpec> params) {
    this.reader = reader;
    this.values = values;
    this.knownTypes = knownTypes;
    this.defaults = defaults;
    this.paramNames = params.keySet();
    this.params = params;
  }

  List<LocatedTask> read(Node tasks) {
    List<LocatedTask> read = new ArrayList<>();
    if (tasks instanceof SequenceNode list) {
      for (Node item : list.getValue()) {
        task(item, null, null).ifPresent(read::add);
      }
    } else if (tasks instanceof MappingNode) {
      Map<String, Node> keys = reader.keyNodes(tasks);
      reader.entries(tasks, "tasks")
          .forEach((id, item) -> task(item, id, keys.get(id)).ifPresent(read::add));
    } else {
      reader.problems().at(tasks, "tasks must be a list or a mapping of tasks, found " + NodeReader.describe(tasks));
    }
    boolean empty = tasks instanceof SequenceNode list && list.getValue().isEmpty()
        || tasks instanceof MappingNode mapping && mapping.getValue().isEmpty();
    if (empty) {
      reader.problems().at(tasks, "a DAG needs at least one task");
    }
    return read;
  }

  private Optional<LocatedTask> task(Node node, String keyId, Node keyNode) {
    Map<String, Node> fields = reader.fields(node, FIELDS, keyId == null ? "a task" : "task '" + keyId + "'");
    if (!(node instanceof MappingNode)) {
      return Optional.empty();
    }
    Node idNode = fields.containsKey("id") ? fields.get("id") : keyNode;
    String id = keyId;
    if (fields.containsKey("id")) {
      id = reader.text(fields.get("id"));
      if (id != null && keyId != null && !id.equals(keyId)) {
        reader.problems().at(fields.get("id"), "task id '" + id + "' differs from its key '" + keyId + "'");
      }
    } else if (keyId == null) {
      reader.problems().at(node, "task has no 'id'");
      return Optional.empty();
    }
    if (id == null) {
      return Optional.empty();
    }
    if (!ID.matcher(id).matches()) {
      reader.problems().at(idNode, "task id '" + id + "' may only contain letters, digits, '_', '-' and '.'");
    }
    String type = type(fields.get("type"), node, id);
    Map<String, Object> args = args(fields.get("args"), id);
    List<Node> dependencyNodes = new ArrayList<>();
    List<String> dependsOn = new ArrayList<>();
    for (Node dependency : dependencyNodes(fields.get("depends_on"))) {
      String name = reader.text(dependency);
      if (name != null) {
        dependsOn.add(name);
        dependencyNodes.add(dependency);
      }
    }
    TaskDefaults settings = defaults.overriddenBy(fields, reader);
    TaskSpec spec = new TaskSpec(id, type == null ? "" : type, args, dependsOn, settings.retryPolicy(),
        settings.executionTimeout(), settings.triggerRule(), settings.pool(), settings.priorityWeight());
    return Optional.of(new LocatedTask(spec, idNode, dependencyNodes));
  }

  private String type(Node node, Node task, String id) {
    if (node == null) {
      reader.problems().at(task, "task '" + id + "' has no 'type' (one of " + String.join(", ", sortedTypes()) + ")");
      return null;
    }
    String type = reader.text(node);
    Optional<String> param = type == null ? Optional.empty() : TaskSpec.typeParamOf(type);
    if (param.isPresent()) {
      ParamSpec spec = params.get(param.get());
      if (spec == null) {
        reader.problems().at(node, "task type '" + type + "' names param '" + param.get()
            + "', which the DAG does not declare under 'params'");
      } else if (!knownTypes.contains(String.valueOf(spec.defaultValue()))) {
        reader.problems().at(node, "task type '" + type + "': the default of param '" + param.get()
            + "' must name a task type (" + String.join(", ", sortedTypes()) + "), found '"
            + spec.defaultValue() + "'");
      }
    } else if (type != null && !knownTypes.contains(type)) {
      reader.problems().at(node,
          "unknown task type '" + type + "' (known: " + String.join(", ", sortedTypes()) + ")"
              + NameSuggestions.hint(type, knownTypes));
    }
    return type;
  }

  private Map<String, Object> args(Node node, String id) {
    if (node == null || NodeReader.isNull(node)) {
      return Map.of();
    }
    if (!(node instanceof MappingNode)) {
      reader.problems().at(node, "args of task '" + id + "' must be a mapping, found " + NodeReader.describe(node));
      return Map.of();
    }
    Map<String, Object> args = new LinkedHashMap<>();
    Map<String, Node> keys = reader.keyNodes(node);
    reader.entries(node, "args of task '" + id + "'").forEach((name, value) -> {
      Object plain = values.toJava(value);
      if (plain == null) {
        reader.problems().at(keys.get(name), "args." + name + " of task '" + id + "' has no value; remove it or give one");
      } else {
        TemplateRenderer.problem(plain, "args." + name, paramNames)
            .ifPresent(problem -> reader.problems().at(value, "task '" + id + "': " + problem));
        args.put(name, plain);
      }
    });
    return args;
  }

  /** {@code depends_on} may name one task or list several. */
  private List<Node> dependencyNodes(Node node) {
    if (node == null || NodeReader.isNull(node)) {
      return List.of();
    }
    if (node instanceof SequenceNode list) {
      return list.getValue();
    }
    if (node instanceof ScalarNode) {
      return List.of(node);
    }
    reader.problems().at(node, "depends_on must be a task id or a list of task ids, found " + NodeReader.describe(node));
    return List.of();
  }

  private Set<String> sortedTypes() {
    return new TreeSet<>(knownTypes);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}

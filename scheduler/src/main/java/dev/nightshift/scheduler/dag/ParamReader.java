package dev.nightshift.scheduler.dag;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code params}: each is either {@code {type, default, description}} or a bare default
 * whose type is inferred. A mapping counts as the long form when it has one of those three keys.
 */
final class ParamReader {

  private static final Set<String> FIELDS = Set.of("type", "default", "description");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final NodeReader reader;
  private final PlainValues values;

  ParamReader(NodeReader reader, PlainValues values) {
    this.reader = reader;
    this.values = values;
  }

  Map<String, ParamSpec> read(Node node) {
    Map<String, ParamSpec> params = new LinkedHashMap<>();
    Map<String, Node> keys = reader.keyNodes(node);
    reader.entries(node, "params").forEach((name, value) -> {
      if (!NAME.matcher(name).matches()) {
        reader.problems().at(keys.get(name),
            "parameter name '" + name + "' must be letters, digits and _ (it is used as {{ params."
                + name + " }})");
        return;
      }
      ParamSpec spec = isLongForm(value) ? longForm(name, value) : inferred(name, value);
      if (spec != null) {
        params.put(name, spec);
      }
    });
    return params;
  }

  private boolean isLongForm(Node value) {
    return value instanceof MappingNode && reader.keyNodes(value).keySet().stream().anyMatch(FIELDS::contains);
  }

  private ParamSpec longForm(String name, Node node) {
    Map<String, Node> fields = reader.fields(node, FIELDS, "parameter '" + name + "'");
    Object defaultValue = fields.containsKey("default") ? values.toJava(fields.get("default")) : null;
    String description = fields.containsKey("description") ? reader.text(fields.get("description")) : "";
    ParamType type;
    if (fields.containsKey("type")) {
      type = reader.oneOf(fields.get("type"), ParamType.class, "parameter type");
    } else {
      type = defaultValue == null ? ParamType.STRING : ParamType.of(defaultValue);
    }
    if (type == null) {
      return null;
    }
    if (defaultValue != null && !type.accepts(defaultValue)) {
      reader.problems().at(fields.get("default"),
          "default of parameter '" + name + "' is not of type " + type.name().toLowerCase(Locale.ROOT)
              + ": " + defaultValue);
      return null;
    }
    return new ParamSpec(name, type, defaultValue, description == null ? "" : description);
  }

  private ParamSpec inferred(String name, Node node) {
    Object value = values.toJava(node);
    return new ParamSpec(name, value == null ? ParamType.STRING : ParamType.of(value), value, "");
  }
}

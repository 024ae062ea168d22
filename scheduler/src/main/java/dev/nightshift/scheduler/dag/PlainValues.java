package dev.nightshift.scheduler.dag;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a YAML node into plain Java values (maps, lists, strings, numbers, booleans) with
 * SnakeYAML's safe rules. Dates stay text, so that a runner receives what the file says. One
 * instance per parse: SnakeYAML constructors keep state while they build.
 */
final class PlainValues extends SafeConstructor {

  PlainValues(LoaderOptions options) {
    super(options);
    yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
  }

  Object toJava(Node node) {
    return constructDocument(node);
  }
}

package dev.nightshift.scheduler.dag;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** A task with the nodes its id and dependencies were read from, for error positions. */
record LocatedTask(TaskSpec spec, Node idNode, List<Node> dependencyNodes) {}

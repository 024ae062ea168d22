package dev.nightshift.scheduler.dag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the task graph: unique ids, dependencies that exist, and no cycles. */
final class DependencyCheck {

  private final Problems problems;
  private final Map<String, LocatedTask> tasks = new LinkedHashMap<>();

  DependencyCheck(Problems problems) {
    this.problems = problems;
  }

  void check(List<LocatedTask> all) {
    for (LocatedTask task : all) {
      String id = task.spec().taskId();
      if (tasks.putIfAbsent(id, task) != null) {
        problems.at(task.idNode(), "duplicate task id '" + id + "'");
      }
    }
    for (LocatedTask task : tasks.values()) {
      List<String> deps = task.spec().dependsOn();
      for (int i = 0; i < deps.size(); i++) {
        String dep = deps.get(i);
        if (!tasks.containsKey(dep)) {
          problems.at(task.dependencyNodes().get(i),
              "task '" + task.spec().taskId() + "' depends on '" + dep + "', which is not a task of this DAG"
                  + NameSuggestions.hint(dep, tasks.keySet()));
        }
      }
    }
    findCycles();
  }

  /** Depth-first search; a dependency on a task still on the path closes a cycle. */
  private void findCycles() {
    Set<String> done = new HashSet<>();
    for (String id : tasks.keySet()) {
      visit(id, new ArrayList<>(), new HashMap<>(), done);
    }
  }

  private void visit(String id, List<String> path, Map<String, Integer> onPath, Set<String> done) {
    if (done.contains(id)) {
      return;
    }
    onPath.put(id, path.size());
    path.add(id);
    LocatedTask task = tasks.get(id);
    List<String> deps = task.spec().dependsOn();
    for (int i = 0; i < deps.size(); i++) {
      String dep = deps.get(i);
      if (!tasks.containsKey(dep)) {
        continue;
      }
      Integer start = onPath.get(dep);
      if (start != null) {
        List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
        cycle.add(dep);
        problems.at(task.dependencyNodes().get(i), "dependency cycle: " + String.join(" → ", cycle));
      } else {
        visit(dep, path, onPath, done);
      }
    }
    path.remove(path.size() - 1);
    onPath.remove(id);
    done.add(id);
  }
}

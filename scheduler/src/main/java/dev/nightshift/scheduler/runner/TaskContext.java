package dev.nightshift.scheduler.runner;

import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a runner gets to start one try of a task.
 *
 * @param args the task's arguments with templates already rendered
 * @param logFile where the try's output goes; its folder exists
 */
public record TaskContext(
    TaskRef task,
    int tryNumber,
    DataInterval dataInterval,
    Map<String, Object> args,
    Map<String, Object> conf,
    Path logFile) {

  public TaskContext {
    args = Map.copyOf(args);
    conf = Map.copyOf(conf);
  }

  public TaskArgs taskArgs() {
    return new TaskArgs(task, args);
  }
}

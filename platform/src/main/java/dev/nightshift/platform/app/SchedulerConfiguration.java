package dev.nightshift.platform.app;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.SchedulerBuilder;
import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.runner.TaskRunner;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the scheduler with every runner and listener the context provides, and starts it. */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

  /**
   * A runner the platform adds to the scheduler (batch, publish, airflow); the scheduler hands it
   * its runner executor.
   */
  interface RunnerFactory extends Function<Executor, TaskRunner> {}

  @Bean(destroyMethod = "close")
  NightshiftScheduler nightshiftScheduler(
      NightshiftProperties properties,
      ObjectProvider<RunnerFactory> runners,
      ObjectProvider<RunListener> listeners) {
    SchedulerBuilder builder = NightshiftScheduler.builder()
        .dataDir(properties.dataDir())
        .dagFolder(properties.dagFolder())
        // Every DAG's `lake` param points at this deployment's lake unless a trigger says otherwise.
        .paramDefault("lake", properties.lakeLocation());
    if (!properties.engine().isBlank()) {
      builder.paramDefault("engine", properties.engine());
    }
    tune(builder, properties.scheduler());
    runners.orderedStream().forEach(builder::runner);
    List<RunListener> all = listeners.orderedStream().toList();
    if (!all.isEmpty()) {
      builder.listener(new RunListeners(all));
    }
    return builder.build();
  }

  /**
   * Starts the scheduler once every bean exists: a task that becomes due at start must find its
   * runner's jobs registered (the batch jobs register at the end of bean creation).
   */
  @Bean
  SmartLifecycle schedulerStart(NightshiftScheduler scheduler) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        scheduler.start();
        running = true;
      }

      @Override
      public void stop() {
        running = false; // the bean's close() stops it after the web server has stopped
      }

      @Override
      public boolean isRunning() {
        return running;
      }
    };
  }

  private static void tune(SchedulerBuilder builder, NightshiftProperties.Scheduler knobs) {
    if (knobs.databaseUrl() != null) {
      builder.database(knobs.databaseUrl(), orEmpty(knobs.databaseUser()), orEmpty(knobs.databasePassword()));
    }
    set(knobs.quartzThreads(), builder::quartzThreads);
    set(knobs.quartzIdleWait(), builder::quartzIdleWait);
    set(knobs.batchTriggerAcquisitionMaxCount(), builder::batchTriggerAcquisitionMaxCount);
    set(knobs.misfireThreshold(), builder::misfireThreshold);
    set(knobs.watchDebounce(), builder::watchDebounce);
    set(knobs.dispatcherWorkers(), builder::dispatcherWorkers);
    set(knobs.timerThreads(), builder::timerThreads);
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}

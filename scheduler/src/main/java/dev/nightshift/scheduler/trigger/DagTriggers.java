package dev.nightshift.scheduler.trigger;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * One Quartz one-shot trigger per scheduled DAG, at the instant its next run is due. Quartz keeps
 * them in memory (RAMJobStore): the metadata store is the source of truth, and the triggers are
 * rebuilt from the DAGs and their latest runs at every start, so an idle scheduler sends no
 * database queries. Quartz threads are named {@code nightshift-scheduler-*}.
 */
final class DagTriggers implements AutoCloseable {
  private static final String GROUP = "nightshift-dags";
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final Scheduler quartz;

  /**
   * {@code onDue} receives the DAG and the instant its trigger was set for (a misfire handled
   * late keeps it), which tells a trigger that was replaced meanwhile from the current one.
   */
  DagTriggers(QuartzTuning tuning, BiConsumer<String, Instant> onDue) {
    // Quartz keeps schedulers in a JVM-wide registry by name: each instance gets its own.
    String name = "nightshift-scheduler-" + INSTANCES.incrementAndGet();
    Properties props = new Properties();
    props.setProperty("org.quartz.scheduler.instanceName", name);
    props.setProperty("org.quartz.scheduler.idleWaitTime",
        Long.toString(tuning.idleWaitTime().toMillis()));
    props.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount",
        Integer.toString(tuning.batchTriggerAcquisitionMaxCount()));
    props.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    props.setProperty("org.quartz.threadPool.threadCount", Integer.toString(tuning.threadCount()));
    props.setProperty("org.quartz.threadPool.threadNamePrefix", name + "-worker");
    props.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    props.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    props.setProperty("org.quartz.jobStore.misfireThreshold",
        Long.toString(tuning.misfireThreshold().toMillis()));
    try {
      quartz = new StdSchedulerFactory(props).getScheduler();
      Job fire = context -> onDue.accept(context.getJobDetail().getKey().getName(),
          context.getTrigger().getStartTime().toInstant());
      quartz.setJobFactory((bundle, scheduler) -> fire);
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not create the Quartz scheduler: " + e.getMessage(), e);
    }
  }

  void start() {
    try {
      quartz.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not start the Quartz scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Sets the DAG's one trigger to fire at {@code dueAt} (at once when that is past); returns the
   * instant, to the millisecond, that its fire will report.
   */
  Instant schedule(String dagId, Instant dueAt) {
    JobDetail job = JobBuilder.newJob(Job.class).withIdentity(dagId, GROUP).storeDurably().build();
    Trigger trigger = TriggerBuilder.newTrigger()
        .withIdentity(dagId, GROUP)
        .forJob(job)
        .startAt(Date.from(dueAt))
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
    try {
      quartz.addJob(job, true);
      if (quartz.checkExists(trigger.getKey())) {
        quartz.rescheduleJob(trigger.getKey(), trigger);
      } else {
        quartz.scheduleJob(trigger);
      }
      return trigger.getStartTime().toInstant();
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not schedule DAG '" + dagId + "': " + e.getMessage(), e);
    }
  }

  void unschedule(String dagId) {
    try {
      quartz.unscheduleJob(TriggerKey.triggerKey(dagId, GROUP));
      quartz.deleteJob(JobKey.jobKey(dagId, GROUP));
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not unschedule DAG '" + dagId + "': " + e.getMessage(),
          e);
    }
  }

  @Override
  public void close() {
    try {
      quartz.shutdown(true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not stop the Quartz scheduler: " + e.getMessage(), e);
    }
  }
}

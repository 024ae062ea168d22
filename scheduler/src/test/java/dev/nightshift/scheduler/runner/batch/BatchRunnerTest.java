package dev.nightshift.scheduler.runner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.runner.InvalidTaskArgsException;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** The batch runner against a real Spring Batch context with a JDBC job repository on H2. */
class BatchRunnerTest {
  private static AnnotationConfigApplicationContext context;
  private static BatchRunner runner;

  @BeforeAll
  static void start() {
    context = new AnnotationConfigApplicationContext(TinyJobs.class);
    runner = new BatchRunner(context.getBean(JobOperator.class), context.getBean(JobRepository.class),
        context.getBean(JobRegistry.class), Executors.newSingleThreadExecutor());
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  @Test
  void a_finished_job_is_reported_by_its_listener_with_execution_id_and_step_counts() {
    RunHandle handle = runner.start(task("ok-1", Map.of("job", "tiny", "params", Map.of("outcome", "ok"))));
    CompletableFuture<Observation> done = new CompletableFuture<>();

    assertThat(runner.whenDone(handle, done::complete)).isTrue();

    Observation outcome = done.orTimeout(30, TimeUnit.SECONDS).join();
    assertThat(outcome.state()).isEqualTo(TaskState.SUCCESS);
    assertThat(outcome.detail()).contains("job tiny execution " + handle.externalId() + " COMPLETED")
        .contains("did its work").contains("tiny.step COMPLETED");
    assertThat(runner.observe(handle)).isEqualTo(outcome);
  }

  @Test
  void a_failing_job_fails_the_try_with_its_reason() {
    RunHandle handle = runner.start(task("fail-1", Map.of("job", "tiny", "params", Map.of("outcome", "fail"))));

    await().atMost(Duration.ofSeconds(30)).until(() -> runner.observe(handle).isDone());
    assertThat(runner.observe(handle).state()).isEqualTo(TaskState.FAILED);
    assertThat(runner.observe(handle).detail()).contains("FAILED").contains("asked to fail");
  }

  @Test
  void cancelling_stops_the_job_execution() {
    RunHandle handle = runner.start(task("wait-1", Map.of("job", "tiny", "params", Map.of("outcome", "wait"))));
    await().until(() -> runner.observe(handle).detail().contains("tiny.step"));

    runner.cancel(handle);

    await().atMost(Duration.ofSeconds(30)).until(() -> runner.observe(handle).isDone());
    assertThat(runner.observe(handle).state()).isEqualTo(TaskState.FAILED);
    // Spring Batch's stop updates the step execution from the stopping thread; when that lands
    // while the step commits a chunk, the step fails on the version conflict instead of stopping.
    // Either way the job has ended and the task failed.
    assertThat(runner.observe(handle).detail())
        .satisfiesAnyOf(
            detail -> assertThat(detail).contains("STOPPED"),
            detail -> assertThat(detail).contains("FAILED", "JobRepository failure forcing rollback"));
  }

  @Test
  void the_run_is_passed_to_the_job_as_its_producer() {
    RunHandle handle = runner.start(task("ok-2", Map.of("job", "tiny", "params", Map.of("outcome", "ok"))));
    await().until(() -> runner.observe(handle).isDone());

    var execution = context.getBean(JobRepository.class).getJobExecution(Long.parseLong(handle.externalId()));
    assertThat(execution.getJobParameters().getString("producer")).isEqualTo("dag/ok-2");
  }

  @Test
  void an_unknown_job_is_refused_with_the_known_ones() {
    assertThatThrownBy(() -> runner.start(task("x", Map.of("job", "nope"))))
        .isInstanceOf(InvalidTaskArgsException.class)
        .hasMessageContaining("'nope'").hasMessageContaining("known jobs: tiny");
  }

  private static TaskContext task(String runId, Map<String, Object> args) {
    Instant now = Instant.now();
    return new TaskContext(new TaskRef("dag", runId, "build"), 1, new DataInterval(now.minusSeconds(60), now),
        args, Map.of(), Path.of("target", "batch-runner.log"));
  }

  @Configuration
  @EnableBatchProcessing(taskExecutorRef = "launcher")
  @EnableJdbcJobRepository(dataSourceRef = "dataSource", transactionManagerRef = "transactionManager")
  static class TinyJobs {
    @Bean
    DataSource dataSource() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:batch-runner;DB_CLOSE_DELAY=-1");
      new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"))
          .execute(h2);
      return h2;
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
      return new JdbcTransactionManager(dataSource);
    }

    @Bean
    TaskExecutor launcher() {
      return new SimpleAsyncTaskExecutor("nightshift-batch-launch-");
    }

    @Bean
    MapJobRegistry jobRegistry() {
      return new MapJobRegistry();
    }

    @Bean
    Job tiny(JobRepository repository, PlatformTransactionManager transactionManager) {
      var step = new StepBuilder("tiny.step", repository).tasklet((contribution, chunk) -> {
        String outcome = contribution.getStepExecution().getJobParameters().getString("outcome");
        if (outcome.equals("fail")) {
          throw new IllegalStateException("asked to fail");
        }
        if (outcome.equals("wait")) {
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
          return RepeatStatus.CONTINUABLE;
        }
        contribution.getStepExecution().setExitStatus(ExitStatus.COMPLETED.addExitDescription("did its work"));
        return RepeatStatus.FINISHED;
      }, transactionManager).build();
      return new JobBuilder("tiny", repository).start(step)
          .listener(new org.springframework.batch.core.listener.JobExecutionListener() {
            @Override
            public void afterJob(org.springframework.batch.core.job.JobExecution execution) {
              if (execution.getExitStatus().getExitCode().equals("COMPLETED")) {
                execution.setExitStatus(ExitStatus.COMPLETED.addExitDescription("did its work"));
              }
            }
          }).build();
    }
  }
}

package dev.nightshift.monitoring.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CpuAccountingTest {
  private final CpuAccounting accounting = new CpuAccounting(Clock.systemUTC(), Duration.ZERO);

  @Test
  void the_components_add_up_to_the_process_and_its_children_within_50_ms() throws Exception {
    burn("nightshift-dispatcher-test", 200);
    CpuSample sample = accounting.sample();

    // Read independently from /proc after the sample: utime + stime of the JVM, plus what it reaped.
    String[] f = Files.readString(Path.of("/proc/self/stat")).replaceFirst("^.*\\) ", "").split(" ");
    double procSelf = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    double reaped = (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;

    assertThat(sample.totalSeconds()).isCloseTo(sample.processSeconds() + sample.childSeconds(),
        within(0.05));
    // /proc counts in 10 ms ticks and is read a moment later: it may be ahead by that much.
    assertThat(procSelf + reaped).isCloseTo(sample.totalSeconds(), within(0.05 + 0.02));
    assertThat(sample.seconds(CpuComponent.SCHEDULER)).isGreaterThanOrEqualTo(0.15);
    assertThat(sample.seconds(CpuComponent.JVM)).isPositive();
  }

  @Test
  void a_busy_shell_task_counts_under_tasks_not_under_scheduler() throws Exception {
    CpuSample before = accounting.sample();
    AtomicReference<Process> process = new AtomicReference<>();
    Thread runner = new Thread(() -> {
      try {
        Process p = new ProcessBuilder("sh", "-c",
            "i=0; while [ $i -lt 3000000 ]; do i=$((i+1)); done").start();
        process.set(p);
        p.waitFor();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, "nightshift-runner-test");
    runner.start();
    runner.join();
    assertThat(process.get().exitValue()).isZero();
    CpuSample after = accounting.sample();

    double tasks = after.seconds(CpuComponent.TASKS) - before.seconds(CpuComponent.TASKS);
    double scheduler = after.seconds(CpuComponent.SCHEDULER) - before.seconds(CpuComponent.SCHEDULER);
    assertThat(tasks).isGreaterThan(0.5);
    assertThat(scheduler).isLessThan(0.05);
  }

  @Test
  void a_thread_that_ended_keeps_its_time_and_no_component_goes_backwards() throws Exception {
    burn("nightshift-timer-test", 150);
    CpuSample withTheThread = accounting.sample();
    burn("unnamed-worker", 50);
    CpuSample later = accounting.sample();

    assertThat(withTheThread.seconds(CpuComponent.SCHEDULER)).isGreaterThanOrEqualTo(0.1);
    for (CpuComponent component : CpuComponent.values()) {
      assertThat(later.seconds(component)).as(component.label())
          .isGreaterThanOrEqualTo(withTheThread.seconds(component));
    }
    assertThat(later.seconds(CpuComponent.OTHER) - withTheThread.seconds(CpuComponent.OTHER))
        .isGreaterThanOrEqualTo(0.03);
  }

  @Test
  void threads_are_sorted_into_components_by_name() {
    assertThat(CpuComponent.ofThread("nightshift-scheduler_Worker-1")).isEqualTo(CpuComponent.SCHEDULER);
    assertThat(CpuComponent.ofThread("nightshift-watcher")).isEqualTo(CpuComponent.SCHEDULER);
    assertThat(CpuComponent.ofThread("nightshift-timer-1")).isEqualTo(CpuComponent.SCHEDULER);
    assertThat(CpuComponent.ofThread("nightshift-batch-3")).isEqualTo(CpuComponent.TASKS);
    assertThat(CpuComponent.ofThread("process reaper")).isEqualTo(CpuComponent.TASKS);
    assertThat(CpuComponent.ofThread("http-nio-8080-exec-1")).isEqualTo(CpuComponent.SERVING);
    assertThat(CpuComponent.ofThread("nightshift-monitor")).isEqualTo(CpuComponent.MONITORING);
    assertThat(CpuComponent.ofThread("Catalina-utility-1")).isEqualTo(CpuComponent.SERVING);
    assertThat(CpuComponent.ofThread("MVStore background writer /data/serving.mv.db"))
        .isEqualTo(CpuComponent.SERVING);
    assertThat(CpuComponent.ofThread("H2 File Lock Watchdog /data/nightshift.lock.db"))
        .isEqualTo(CpuComponent.SCHEDULER);
    assertThat(CpuComponent.ofThread("main")).isEqualTo(CpuComponent.OTHER);
  }

  @Test
  void a_sample_costs_little() {
    var threads = ManagementFactory.getThreadMXBean();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    int samples = 50;
    for (int i = 0; i < samples; i++) {
      accounting.sample();
    }
    double millisPerSample = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / samples;
    System.out.printf("CPU sample: %.2f ms CPU each, %d threads%n", millisPerSample,
        threads.getThreadCount());
    assertThat(millisPerSample).isLessThan(20);
  }

  /** Samples while the thread runs: a thread is only seen by a sample taken during its life. */
  private void burn(String threadName, long millis) throws InterruptedException {
    Thread thread = new Thread(() -> spin(millis), threadName);
    thread.start();
    while (thread.isAlive()) {
      accounting.sample();
      Thread.sleep(5);
    }
  }

  private static void spin(long cpuMillis) {
    var threads = ManagementFactory.getThreadMXBean();
    long end = threads.getCurrentThreadCpuTime() + cpuMillis * 1_000_000;
    long x = 0;
    while (threads.getCurrentThreadCpuTime() < end) {
      x += System.nanoTime() % 7;
    }
    if (x == 42) {
      System.out.print("");
    }
  }
}

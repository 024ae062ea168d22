package dev.nightshift.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.scheduler.SchedulerSettings.Knob;
import dev.nightshift.scheduler.SchedulerSettings.Source;
import dev.nightshift.scheduler.trigger.QuartzJobStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchedulerSettingsTest {

  private static SchedulerBuilder onCores(int cores) {
    SchedulerBuilder builder = NightshiftScheduler.builder();
    builder.cores = cores;
    return builder;
  }

  @Test
  void derived_defaults_follow_the_cores_and_the_number_of_dags() {
    assertThat(SchedulerSettings.defaultQuartzThreads(2, 10)).isEqualTo(1);
    assertThat(SchedulerSettings.defaultQuartzThreads(8, 350)).isEqualTo(4);
    assertThat(SchedulerSettings.defaultQuartzThreads(2, 5_000)).isEqualTo(2);
    assertThat(SchedulerSettings.defaultDispatcherWorkers(1)).isEqualTo(2);
    assertThat(SchedulerSettings.defaultDispatcherWorkers(16)).isEqualTo(16);
  }

  @Test
  void every_knob_reports_its_effective_value_and_where_it_came_from() {
    SchedulerSettings settings = onCores(4).timerThreads(2).settings(250);

    assertThat(settings.knobs()).extracting(Knob::name).containsExactly(
        "quartzThreads", "batchTriggerAcquisitionMaxCount", "quartzIdleWait", "misfireThreshold",
        "watchDebounce", "dispatcherWorkers", "timerThreads", "observeInterval", "killGrace",
        "metadataPoolSize", "quartzJobStore");
    assertThat(settings.knob("quartzThreads")).isEqualTo(new Knob("quartzThreads", "3", Source.DERIVED));
    assertThat(settings.knob("quartzIdleWait"))
        .isEqualTo(new Knob("quartzIdleWait", "PT30S", Source.DEFAULT));
    assertThat(settings.knob("timerThreads")).isEqualTo(new Knob("timerThreads", "2", Source.CONFIGURED));
    assertThat(settings.knob("metadataPoolSize").value()).isEqualTo("9");
    assertThat(settings.quartz().batchTriggerAcquisitionMaxCount()).isEqualTo(3);
  }

  @Test
  void invalid_values_are_refused_naming_the_limit() {
    assertThatThrownBy(() -> NightshiftScheduler.builder().dispatcherWorkers(0))
        .hasMessage("dispatcherWorkers must be at least 1, got 0");
    assertThatThrownBy(() -> NightshiftScheduler.builder().quartzIdleWait(Duration.ofMillis(10)))
        .hasMessage("quartzIdleWait must be at least PT1S, got PT0.01S");
    assertThatThrownBy(() -> onCores(2).quartzThreads(2).batchTriggerAcquisitionMaxCount(3).settings(1))
        .hasMessage("batchTriggerAcquisitionMaxCount must be at most quartzThreads (2), got 3");
    assertThatThrownBy(() -> NightshiftScheduler.builder().database("jdbc:mysql://x", "u", "p"))
        .hasMessageContaining("must start with jdbc:h2: or jdbc:postgresql:");
    assertThatThrownBy(() -> NightshiftScheduler.builder()
        .quartzJobStore(QuartzJobStore.JDBC_CLUSTERED))
        .hasMessageContaining("not available in this version; use MEMORY");
    assertThatThrownBy(() -> onCores(2).settings(0).knob("nope")).hasMessageContaining("no knob 'nope'");
  }
}

package dev.nightshift.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.ValidationBounds;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operators' pages in a real headless Chromium (Debian packages {@code chromium} and
 * {@code chromium-driver}) against the running platform after a real run. Screenshots go to
 * {@code target/screenshots}.
 */
class OperatorPagesBrowserTest {
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir static Path home;
  static RunningPlatform platform;
  static DagRun run;
  static ChromeDriverService service;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    File driver = RequiredTool.require("/usr/bin/chromedriver", "chromium-driver").toFile();
    String chromium = RequiredTool.require("/usr/bin/chromium", "chromium").toString();
    platform = new RunningPlatform(home, "--nightshift.monitoring.cpu-sample-interval=1s");
    run = platform.runToSuccess(RunningPlatform.DAG);
    publishTwoFeedVersions(platform.context.getBean(ServingStore.class));
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-sync", "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(home.resolve("chromium")));
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void the_dags_page_lists_the_dag_and_its_trigger_button_starts_a_run() throws Exception {
    open("/");
    WebElement row = browser.findElement(By.cssSelector("tr[data-dag='report']"));
    assertThat(row.getText()).contains("report", "active", "success");
    screenshot("dags");

    browser.findElement(By.id("token")).sendKeys(RunningPlatform.TOKEN);
    row.findElement(By.cssSelector("button.trigger")).click();

    waitFor().until(d -> d.findElement(By.id("message")).getText().startsWith("Triggered report"));
    await().atMost(Duration.ofSeconds(30)).until(() -> platform.scheduler.runs("report", 10).size() == 2);
  }

  @Test
  void the_run_grid_shows_each_task_of_the_run_coloured_by_state() throws Exception {
    open("/ui/dags/report");
    List<WebElement> cells = browser.findElements(By.cssSelector("table.grid a.cell.state-success"));
    assertThat(cells.size()).isGreaterThanOrEqualTo(3);
    assertThat(browser.findElement(By.cssSelector("table.grid")).getText())
        .contains("extract", "transform", "load");
    screenshot("grid");
  }

  @Test
  void the_gantt_chart_draws_a_bar_per_task_in_order() throws Exception {
    open("/ui/dags/report/runs/" + run.runId());
    List<WebElement> bars = browser.findElements(By.cssSelector("svg.gantt rect.bar"));
    assertThat(bars).extracting(b -> b.getAttribute("data-task"))
        .containsExactly("extract", "transform", "load");
    double extractX = Double.parseDouble(bars.get(0).getAttribute("x"));
    double loadX = Double.parseDouble(bars.get(2).getAttribute("x"));
    assertThat(loadX).isGreaterThan(extractX);
    assertThat(browser.findElements(By.cssSelector("td.runner")))
        .extracting(WebElement::getText).containsOnly("shell: exit code 0");
    screenshot("gantt");

    browser.findElement(By.linkText("log")).click();
    waitFor().until(d -> d.findElement(By.id("log")).getText().contains("extracting"));
    screenshot("log");
  }

  @Test
  void the_log_page_follows_a_running_try_until_it_ends() throws Exception {
    DagRun ticking = platform.scheduler.trigger("ticker", java.util.Map.of(), null);
    TaskRef tick = new TaskRef("ticker", ticking.runId(), "tick");
    await().atMost(Duration.ofSeconds(30)).until(() -> platform.scheduler.tries(tick).stream()
        .anyMatch(t -> t.state() == TaskState.RUNNING));
    open("/ui/dags/ticker/runs/" + ticking.runId() + "/tasks/tick/log?try=1");
    assertThat(browser.findElement(By.id("log")).getAttribute("data-running")).isEqualTo("true");

    waitFor().until(d -> d.findElement(By.id("log")).getText().contains("line 6")
        && d.findElement(By.id("log-state")).getText().equals("success"));
    assertThat(browser.findElement(By.id("log")).getText()).contains("line 1", "line 3", "line 6");
  }

  @Test
  void the_cpu_page_draws_the_live_chart_and_lists_the_knobs_with_their_source() throws Exception {
    open("/ui/cpu");
    By schedulerLine = By.cssSelector("#cpu-chart polyline[data-component='scheduler']");
    waitFor().until(d -> !d.findElements(schedulerLine).isEmpty());
    assertThat(browser.findElement(schedulerLine).getAttribute("points").split(" "))
        .as("a visible line: at least two points").hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.findElement(By.cssSelector("table.knobs")).getText())
        .contains("quartzThreads", "derived", "dispatcherWorkers", "watchDebounce", "default");
    assertThat(browser.findElement(By.id("cpu-chart")).getText()).contains("scheduler", "tasks", "jvm");
    screenshot("cpu");
  }

  @Test
  void the_serving_page_shows_versions_and_rolls_back_with_the_token() throws Exception {
    open("/ui/serving");
    WebElement feeds = browser.findElement(By.cssSelector("section[data-dataset='feeds']"));
    assertThat(feeds.findElement(By.cssSelector(".current")).getText()).isEqualTo("version 2");
    screenshot("serving");

    browser.findElement(By.id("token")).clear();
    browser.findElement(By.id("token")).sendKeys(RunningPlatform.TOKEN);
    feeds.findElement(By.cssSelector("button.rollback")).click();
    browser.switchTo().alert().accept();

    waitFor().until(d -> d.findElement(By.id("message")).getText().contains("feeds now serves version 1"));
    await().atMost(Duration.ofSeconds(10)).until(() ->
        platform.context.getBean(ServingStore.class).reader().current(ServingDataset.FEEDS).getAsLong() == 1);
  }

  private static void publishTwoFeedVersions(ServingStore store) {
    for (int v = 1; v <= 2; v++) {
      try (StagedVersion staged = store.stage(ServingDataset.FEEDS, "pages test " + v)) {
        for (int user = 1; user <= 3; user++) {
          staged.put(Integer.toString(user), ("{\"userId\":" + user + ",\"items\":[]}").getBytes(), 1, java.util.OptionalDouble.of(0.5));
        }
        staged.seal();
        store.publish(ServingDataset.FEEDS, staged.version(), ValidationBounds.ANY_NON_EMPTY);
      }
    }
  }

  private static void open(String path) {
    browser.get(platform.url(path));
    waitFor().until(d -> "complete".equals(browser.executeScript("return document.readyState")));
  }

  private static WebDriverWait waitFor() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static void screenshot(String name) throws Exception {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}

package dev.nightshift.scheduler.dag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DagFolderTest {

  @TempDir Path dir;
  private final RecordingListener listener = new RecordingListener();
  private DagFolder folder;

  @AfterEach
  void close() {
    if (folder != null) {
      folder.close();
    }
  }

  private static String dag(String id, String command) {
    return "id: " + id + "\nschedule: \"@daily\"\nstart_date: 2026-01-01\ntasks:\n"
        + "  - {id: run, type: shell, args: {command: \"" + command + "\"}}\n";
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private void start() {
    start(DagFolder.DEFAULT_DEBOUNCE);
  }

  private void start(Duration debounce) {
    folder = new DagFolder(dir, new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES), listener, debounce);
    folder.start();
  }

  private String command(String dagId) {
    return (String) folder.dags().get(dagId).task("run").orElseThrow().args().get("command");
  }

  @Test
  void broken_files_are_reported_with_lines_while_the_other_dags_load() throws IOException {
    write("good.yaml", dag("good", "echo ok"));
    write("cycle.yaml", """
        id: cycle
        tasks:
          - {id: a, type: shell, depends_on: [b]}
          - {id: b, type: shell, depends_on: [a]}
        """);
    write("broken.yml", "id: broken\ntasks: [\n");
    write("notes.txt", "not a DAG");
    start();

    assertThat(folder.dags()).containsOnlyKeys("good");
    assertThat(listener.updated).extracting(DagDefinition::dagId).containsExactly("good");
    assertThat(folder.importErrors()).extracting(ImportError::toString).containsExactly(
        dir.resolve("broken.yml") + ":3:1: YAML syntax error: while parsing a flow node: expected the node content, but found '<stream end>'",
        dir.resolve("cycle.yaml") + ":4:39: dependency cycle: a → b → a");
    assertThat(listener.lastErrors()).isEqualTo(folder.importErrors());
    assertThat(listener.threads).containsOnly(DagFolder.THREAD_NAME);
  }

  @Test
  void a_new_file_is_picked_up_also_in_a_subfolder() throws IOException {
    start();
    write("a.yaml", dag("a", "one"));
    write("team/b.yaml", dag("b", "two"));
    await().until(() -> folder.dags().keySet().containsAll(java.util.Set.of("a", "b")));
    assertThat(folder.dags().get("b").source()).isEqualTo(dir.resolve("team/b.yaml").toString());
  }

  @Test
  void removing_a_subfolder_deactivates_its_dags() throws IOException {
    write("team/nested/c.yaml", dag("c", "three"));
    write("d.yaml", dag("d", "four"));
    start();
    assertThat(folder.dags()).containsOnlyKeys("c", "d");
    Files.delete(dir.resolve("team/nested/c.yaml"));
    Files.delete(dir.resolve("team/nested"));
    Files.delete(dir.resolve("team"));
    await().until(() -> listener.removed.contains("c"));
    assertThat(folder.dags()).containsOnlyKeys("d");
  }

  @Test
  void a_missing_folder_is_a_clear_error() {
    folder = new DagFolder(dir.resolve("nope"), new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES), listener);
    org.assertj.core.api.Assertions.assertThatThrownBy(folder::start)
        .hasMessageContaining("does not exist or is not a folder");
  }

  @Test
  void rewriting_the_same_content_does_not_parse_again() throws IOException {
    write("a.yaml", dag("a", "one"));
    start();
    long parses = folder.parseCount();
    write("a.yaml", dag("a", "one"));
    Files.setLastModifiedTime(dir.resolve("a.yaml"), java.nio.file.attribute.FileTime.fromMillis(0));
    write("later.yaml", dag("later", "x"));
    // Both changes wait the same debounce on one thread, so a.yaml is handled before later.yaml.
    await().until(() -> folder.dags().containsKey("later"));
    assertThat(folder.parseCount()).isEqualTo(parses + 1);
    assertThat(listener.updated).extracting(DagDefinition::dagId).containsExactly("a", "later");
  }

  @Test
  void rapid_edits_are_debounced_into_one_parse() throws IOException {
    write("a.yaml", dag("a", "v0"));
    // Generous, so that a busy machine pausing between two writes does not split them.
    start(Duration.ofSeconds(1));
    long parses = folder.parseCount();
    for (int i = 1; i <= 5; i++) {
      write("a.yaml", dag("a", "v" + i));
    }
    await().until(() -> command("a").equals("v5"));
    assertThat(folder.parseCount()).isEqualTo(parses + 1);
  }

  @Test
  void a_removed_file_deactivates_its_dag() throws IOException {
    write("a.yaml", dag("a", "one"));
    write("b.yaml", dag("b", "two"));
    start();
    Files.delete(dir.resolve("a.yaml"));
    await().until(() -> listener.removed.contains("a"));
    assertThat(folder.dags()).containsOnlyKeys("b");
  }

  @Test
  void a_file_that_breaks_keeps_its_last_good_version_and_shows_the_error() throws IOException {
    write("a.yaml", dag("a", "good"));
    start();
    write("a.yaml", dag("a", "good").replace("type: shell", "type: shelll"));
    await().until(() -> !folder.importErrors().isEmpty());
    assertThat(folder.importErrors()).singleElement().asString().contains(":5:", "unknown task type 'shelll'");
    assertThat(command("a")).isEqualTo("good");

    write("a.yaml", dag("a", "fixed"));
    await().until(() -> folder.importErrors().isEmpty());
    assertThat(command("a")).isEqualTo("fixed");
  }

  @Test
  void an_editor_saving_by_rename_is_one_change() throws IOException {
    write("a.yaml", dag("a", "before"));
    start();
    long parses = folder.parseCount();
    Path temp = write(".a.yaml.swp", dag("a", "after"));
    Files.move(temp, dir.resolve("a.yaml"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    await().until(() -> command("a").equals("after"));
    assertThat(folder.parseCount()).isEqualTo(parses + 1);
    assertThat(listener.removed).isEmpty();
  }

  @Test
  void a_second_file_with_the_same_dag_id_is_an_error_until_the_first_goes_away() throws IOException {
    write("a1.yaml", dag("same", "first"));
    write("a2.yaml", dag("same", "second"));
    start();
    assertThat(command("same")).isEqualTo("first");
    assertThat(folder.importErrors()).extracting(ImportError::toString)
        .containsExactly(dir.resolve("a2.yaml") + ":1:5: DAG id 'same' is already defined in " + dir.resolve("a1.yaml"));

    Files.delete(dir.resolve("a1.yaml"));
    await().until(() -> folder.importErrors().isEmpty());
    assertThat(command("same")).isEqualTo("second");
  }

  @Test
  void its_threads_are_named_for_the_watcher_and_stop_on_close() throws IOException {
    start();
    assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals(DagFolder.THREAD_NAME))
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
    folder.close();
    await().until(() -> Thread.getAllStackTraces().keySet().stream()
        .noneMatch(t -> t.getName().equals(DagFolder.THREAD_NAME) && t.isAlive()));
  }
}

package dev.nightshift.scheduler.dag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DAGs of a folder's files and their import errors. Changes come from one thread at a time
 * (the DAG folder's worker); {@link #read} may run on several threads at once, and the getters
 * on any thread.
 *
 * <p>A file that breaks after it once parsed keeps its last good version active, while its
 * import error is shown: a typo saved in an editor should not stop a production DAG. When two
 * files define the same DAG id, the one loaded first keeps it and the other gets an import error;
 * if the first goes away, the other takes over.
 */
final class DagBag {

  private static final Logger LOG = LoggerFactory.getLogger(DagBag.class);

  /**
   * @param version SHA-256 of the bytes last seen
   * @param candidate the definition the file's current content gives, null when it is broken
   * @param activeDagId the DAG this file provides right now (perhaps an older, good version)
   */
  private record FileState(String version, DagDefinition candidate, String activeDagId, List<ImportError> errors) {}

  private final DagFileParser parser;
  private final DagListener listener;
  private final Map<Path, FileState> files = new ConcurrentHashMap<>();
  private final Map<String, Path> owners = new ConcurrentHashMap<>();
  private final Map<String, DagDefinition> active = new ConcurrentHashMap<>();
  private final AtomicLong parses = new AtomicLong();
  private final AtomicLong parseNanos = new AtomicLong();
  private volatile List<ImportError> errors = List.of();

  DagBag(DagFileParser parser, DagListener listener) {
    this.parser = parser;
    this.listener = listener;
  }

  Map<String, DagDefinition> dags() {
    return Map.copyOf(active);
  }

  List<ImportError> importErrors() {
    return errors;
  }

  long parseCount() {
    return parses.get();
  }

  long parseNanos() {
    return parseNanos.get();
  }

  Set<Path> knownFiles() {
    return Set.copyOf(files.keySet());
  }

  /**
   * What reading one file found: it is gone, it is unreadable, its content is unchanged
   * ({@code parsed} null), or its new content parsed.
   */
  record Reading(Path file, boolean gone, String version, ParsedDagFile parsed, ImportError unreadable) {}

  /** Reads {@code file} again and parses it if its content changed; a missing file is removed. */
  void refresh(Path file) {
    apply(read(file));
  }

  /**
   * Reads and, if its content changed, parses {@code file} without changing this bag, so that
   * several files can be read at once; {@link #apply} then takes the readings one by one.
   */
  Reading read(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException gone) {
      return new Reading(file, true, "", null, null);
    } catch (IOException e) {
      boolean gone = !Files.exists(file);
      return new Reading(file, gone, "", null,
          gone ? null : new ImportError(file.toString(), 0, 0, "cannot read the file: " + e));
    }
    String version = DagFileParser.sha256(content);
    FileState old = files.get(file);
    if (old != null && old.version().equals(version)) {
      return new Reading(file, false, version, null, null);
    }
    parses.incrementAndGet();
    long began = System.nanoTime();
    ParsedDagFile parsed = parser.parse(file.toString(), content);
    parseNanos.addAndGet(System.nanoTime() - began);
    return new Reading(file, false, version, parsed, null);
  }

  void apply(Reading reading) {
    Path file = reading.file();
    FileState old = files.get(file);
    if (reading.gone()) {
      remove(file);
    } else if (reading.unreadable() != null) {
      files.put(file, new FileState("", null, old == null ? null : old.activeDagId(), List.of(reading.unreadable())));
    } else if (reading.parsed() != null) {
      apply(file, reading.version(), reading.parsed(), old);
    }
  }

  /** Tells the listener about the current import errors if they changed since the last call. */
  void publishErrors(boolean evenIfUnchanged) {
    List<ImportError> now = files.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(e -> e.getValue().errors().stream())
        .toList();
    if (evenIfUnchanged || !now.equals(errors)) {
      errors = now;
      notify(() -> listener.importErrorsChanged(now));
    }
  }

  private void apply(Path file, String version, ParsedDagFile parsed, FileState old) {
    String previouslyActive = old == null ? null : old.activeDagId();
    if (!parsed.ok()) {
      files.put(file, new FileState(version, null, previouslyActive, parsed.errors()));
      return;
    }
    DagDefinition dag = parsed.dag();
    Path owner = owners.get(dag.dagId());
    if (owner != null && !owner.equals(file)) {
      ImportError duplicate = parsed.errorAtId("DAG id '" + dag.dagId() + "' is already defined in " + owner);
      files.put(file, new FileState(version, dag, null, List.of(duplicate)));
      if (previouslyActive != null) {
        deactivate(previouslyActive);
      }
      return;
    }
    if (previouslyActive != null && !previouslyActive.equals(dag.dagId())) {
      files.put(file, new FileState(version, dag, null, List.of()));
      deactivate(previouslyActive);
    }
    activate(file, version, dag);
  }

  private void remove(Path file) {
    FileState old = files.remove(file);
    if (old != null && old.activeDagId() != null) {
      deactivate(old.activeDagId());
    }
  }

  private void activate(Path file, String version, DagDefinition dag) {
    owners.put(dag.dagId(), file);
    active.put(dag.dagId(), dag);
    files.put(file, new FileState(version, dag, dag.dagId(), List.of()));
    notify(() -> listener.dagUpdated(dag));
  }

  private void deactivate(String dagId) {
    owners.remove(dagId);
    active.remove(dagId);
    notify(() -> listener.dagRemoved(dagId));
    List<Path> waiting = new ArrayList<>();
    files.forEach((path, state) -> {
      if (state.candidate() != null && state.activeDagId() == null && state.candidate().dagId().equals(dagId)) {
        waiting.add(path);
      }
    });
    waiting.stream().min(Comparator.naturalOrder()).ifPresent(path -> {
      FileState state = files.get(path);
      activate(path, state.version(), state.candidate());
    });
  }

  /** A listener that throws must not stop the folder from loading the next change. */
  private void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.error("DAG listener failed", e);
    }
  }
}

package dev.nightshift.scheduler.dag;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watched DAG folder: loads every {@code *.yaml} / {@code *.yml} file below it at start, then
 * reacts to file-system events (inotify on Linux) instead of scanning again. Several events for
 * one file within the debounce time lead to one read, and a file is parsed again only when its
 * bytes changed. Files and folders whose names start with a dot, and other extensions, are
 * ignored, so editors' swap and backup files do not count; an editor that saves by writing a new
 * file and renaming it over the old one is seen as one change.
 *
 * <p>Every thread is a daemon named {@value #THREAD_NAME}: one waits for events, one reads and
 * parses changed files and calls the {@link DagListener}, one call at a time; neither wakes up
 * while nothing changes. During {@link #start()} one more per core parses files in parallel.
 */
public final class DagFolder implements AutoCloseable {

  public static final String THREAD_NAME = "nightshift-watcher";
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(300);

  private static final Logger LOG = LoggerFactory.getLogger(DagFolder.class);

  private final Path folder;
  private final Duration debounce;
  private final DagBag bag;
  private final ScheduledExecutorService worker;
  private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private final Map<WatchKey, Path> watchedFolders = new ConcurrentHashMap<>();
  private WatchService watchService;
  private Thread eventThread;

  public DagFolder(Path folder, DagFileParser parser, DagListener listener) {
    this(folder, parser, listener, DEFAULT_DEBOUNCE);
  }

  /** @param debounce how long a file must stay quiet before it is read */
  public DagFolder(Path folder, DagFileParser parser, DagListener listener, Duration debounce) {
    if (debounce.isNegative()) {
      throw new IllegalArgumentException("debounce must not be negative, got " + debounce);
    }
    this.folder = folder.toAbsolutePath().normalize();
    this.debounce = debounce;
    this.bag = new DagBag(parser, listener);
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, DagFolder::newThread);
    executor.setRemoveOnCancelPolicy(true);
    this.worker = executor;
  }

  /**
   * Loads every file, tells the listener about each DAG and the import errors, then starts
   * watching. Returns when the first load is done.
   *
   * @throws UncheckedIOException when the folder does not exist or cannot be watched
   */
  public synchronized void start() {
    if (eventThread != null) {
      throw new IllegalStateException("DAG folder " + folder + " is already started");
    }
    if (!Files.isDirectory(folder)) {
      throw new UncheckedIOException(new NotDirectoryException(
          "the DAG folder " + folder + " does not exist or is not a folder"));
    }
    try {
      watchService = folder.getFileSystem().newWatchService();
      // Watch before the first scan, so that nothing written during the scan is missed.
      registerTree(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the DAG folder " + folder, e);
    }
    // Parsing is the bulk of a start with many files: spread it over the cores.
    ExecutorService readers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), DagFolder::newThread);
    try {
      worker.submit(() -> loadTree(folder, true, readers)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("loading the DAG folder " + folder + " failed", e.getCause());
    } finally {
      readers.shutdown();
    }
    eventThread = newThread(this::watch);
    eventThread.start();
  }

  public Path folder() {
    return folder;
  }

  public Duration debounce() {
    return debounce;
  }

  /** The active DAGs by id: a snapshot. */
  public Map<String, DagDefinition> dags() {
    return bag.dags();
  }

  public List<ImportError> importErrors() {
    return bag.importErrors();
  }

  /** How many times a file was parsed since this folder was created. */
  public long parseCount() {
    return bag.parseCount();
  }

  /** Time spent parsing files since this folder was created, summed over all parses. */
  public Duration parseTime() {
    return Duration.ofNanos(bag.parseNanos());
  }

  @Override
  public synchronized void close() {
    if (watchService != null) {
      try {
        watchService.close();
      } catch (IOException e) {
        LOG.warn("Closing the watch of {} failed", folder, e);
      }
    }
    worker.shutdownNow();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
      if (eventThread != null) {
        eventThread.join(TimeUnit.SECONDS.toMillis(5));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = watchService.take();
        Path dir = watchedFolders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.kind() == OVERFLOW) {
            // The kernel dropped events: look at the whole folder once.
            worker.execute(() -> reloadTree(folder));
          } else if (dir != null) {
            changed(dir.resolve((Path) event.context()), event.kind());
          }
        }
        if (!key.reset() && dir != null) {
          watchedFolders.remove(key);
          worker.execute(() -> reloadTree(dir));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException | RejectedExecutionException stopped) {
      // close() was called.
    }
  }

  private void changed(Path path, WatchEvent.Kind<?> kind) {
    if (isHidden(path)) {
      return;
    }
    if (kind == ENTRY_CREATE && Files.isDirectory(path)) {
      try {
        registerTree(path);
      } catch (IOException e) {
        LOG.warn("Cannot watch new folder {}", path, e);
      }
      worker.execute(() -> reloadTree(path));
    } else if (isDagFile(path)) {
      debounced(path);
    } else if (kind == ENTRY_DELETE) {
      // Perhaps a folder that held DAG files.
      worker.execute(() -> reloadTree(path));
    }
  }

  private void debounced(Path file) {
    pending.compute(file, (path, previous) -> {
      if (previous != null) {
        previous.cancel(false);
      }
      return worker.schedule(() -> {
        pending.remove(path);
        guarded(path, () -> bag.refresh(path));
        bag.publishErrors(false);
      }, debounce.toMillis(), TimeUnit.MILLISECONDS);
    });
  }

  /**
   * Refreshes every DAG file below {@code dir} and every known file that was there. The files
   * are read and parsed on {@code readers} in parallel, then applied in path order, so that the
   * first of two files that define the same DAG id always wins.
   */
  private void loadTree(Path dir, boolean first, Executor readers) {
    Set<Path> paths = new TreeSet<>();
    bag.knownFiles().stream().filter(p -> p.startsWith(dir)).forEach(paths::add);
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> isDagFile(p) && !isHiddenBelow(p)).forEach(paths::add);
      } catch (IOException | UncheckedIOException e) {
        LOG.warn("Cannot list {}", dir, e);
      }
    }
    List<CompletableFuture<DagBag.Reading>> readings = new ArrayList<>();
    for (Path path : paths) {
      readings.add(CompletableFuture.supplyAsync(() -> bag.read(path), readers));
    }
    for (CompletableFuture<DagBag.Reading> reading : readings) {
      try {
        bag.apply(reading.join());
      } catch (CompletionException e) {
        // One file that trips a bug must not stop the others from loading.
        LOG.error("Loading a DAG file below {} failed", dir, e.getCause());
      }
    }
    bag.publishErrors(first);
  }

  /** After the start, reloading a tree is rare (a folder removed, lost events): read on this thread. */
  private void reloadTree(Path dir) {
    loadTree(dir, false, Runnable::run);
  }

  /** One file that trips a bug must not stop the others from loading. */
  private static void guarded(Path file, Runnable refresh) {
    try {
      refresh.run();
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("Loading DAG file {} failed", file, e);
    }
  }

  private void registerTree(Path dir) throws IOException {
    try (Stream<Path> dirs = Files.walk(dir)) {
      for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory).filter(p -> !isHiddenBelow(p))::iterator) {
        watchedFolders.put(d.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), d);
      }
    }
  }

  private boolean isHiddenBelow(Path path) {
    Path relative = folder.relativize(path);
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  private static boolean isDagFile(Path path) {
    String name = path.getFileName().toString();
    return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml")) && !Files.isDirectory(path);
  }

  private static Thread newThread(Runnable task) {
    Thread thread = new Thread(task, THREAD_NAME);
    thread.setDaemon(true);
    return thread;
  }
}

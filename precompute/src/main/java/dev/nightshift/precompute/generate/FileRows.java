package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.model.Chunk;
import dev.nightshift.precompute.model.FileVersion;
import dev.nightshift.precompute.model.StoredFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Files, their versions and their chunks (snapshots). A file's first version is up to two years
 * old; later versions follow at irregular gaps, so some files are old and some young. A new version
 * keeps most chunks of the previous one (deduplication) and a few versions name chunks of the
 * shared {@link ChunkPool}. Every chunk's refcount is the number of versions naming it.
 */
final class FileRows {
  private static final int FILES_PER_SLICE = 5_000;

  /** A file, its versions and their new chunks: about ten rows per file. */
  private static final int ROWS_PER_FILE = 10;

  private static final double MORE_VERSIONS = 0.6;
  private static final int MAX_VERSIONS = 10;
  private static final int MAX_FIRST_CHUNKS = 8;
  private static final double SHARED_SHARE = 0.1;
  private static final double REWRITE_SHARE = 0.3;
  private static final double GROW_SHARE = 0.3;
  private static final double SHRINK_SHARE = 0.1;
  private static final long OLDEST_MS = Duration.ofDays(720).toMillis();
  private static final double MEAN_GAP_MS = Duration.ofDays(30).toMillis();
  private static final String[] FOLDERS = {
    "Documents", "Photos", "Music", "Projects", "Desktop", "Backups"
  };
  private static final String[] NAMES = {
    "report", "holiday", "notes", "invoice", "draft", "scan", "budget", "song"
  };
  private static final String[] EXTENSIONS = {
    ".pdf", ".jpg", ".txt", ".docx", ".png", ".mp3", ".zip"
  };

  private FileRows() {}

  static List<SliceTask> tasks(World world) {
    List<SliceTask.Range> ranges = SliceTask.ranges(world.volumes.files(), FILES_PER_SLICE);
    List<SliceTask> tasks = new ArrayList<>();
    List<Dataset<?>> datasets = List.of(Datasets.FILES, Datasets.FILE_VERSIONS, Datasets.CHUNKS);
    for (SliceTask.Range range : ranges) {
      tasks.add(
          new SliceTask(
              datasets,
              world.config.endDate(),
              range.slice(),
              range.size() * ROWS_PER_FILE,
              0,
              out -> writeFiles(world, out, range.first(), range.last())));
    }
    // The pool's refcounts are final only once every file slice has counted its references.
    tasks.add(
        new SliceTask(
            List.of(Datasets.CHUNKS),
            world.config.endDate(),
            ranges.size(),
            world.chunkPool.size() + world.chunkPool.orphans(),
            1,
            out -> writePool(world.chunkPool, out)));
    return tasks;
  }

  private static void writePool(ChunkPool pool, SliceOutput out) {
    RowWriter<Chunk> writer = out.writer(Datasets.CHUNKS);
    for (int i = 0; i < pool.size(); i++) {
      writer.write(pool.shared(i));
    }
    for (int i = 0; i < pool.orphans(); i++) {
      writer.write(pool.orphan(i));
    }
  }

  private static void writeFiles(World world, SliceOutput out, long first, long last) {
    RowWriter<StoredFile> files = out.writer(Datasets.FILES);
    RowWriter<FileVersion> versions = out.writer(Datasets.FILE_VERSIONS);
    RowWriter<Chunk> chunks = out.writer(Datasets.CHUNKS);
    for (long fileId = first; fileId <= last; fileId++) {
      new OneFile(world, fileId).write(files, versions, chunks);
    }
  }

  /** The history of one file, generated from its own random stream. */
  private static final class OneFile {
    private final World world;
    private final long fileId;
    private final SplittableRandom random;
    private final Map<String, LocalChunk> localChunks = new LinkedHashMap<>();

    OneFile(World world, long fileId) {
      this.world = world;
      this.fileId = fileId;
      this.random = Mix.random(world.seed(), "file", fileId);
    }

    void write(
        RowWriter<StoredFile> files, RowWriter<FileVersion> versions, RowWriter<Chunk> chunks) {
      long owner = world.population.anyUser(random);
      files.write(new StoredFile(fileId, owner, path()));
      long end = world.config.end().toEpochMilli();
      long at = end - 1 - random.nextLong(OLDEST_MS);
      List<ChunkRef> content = firstContent(at);
      int count = 1;
      while (count < MAX_VERSIONS && random.nextDouble() < MORE_VERSIONS) {
        count++;
      }
      for (int version = 1; version <= count; version++) {
        if (version > 1) {
          at += 1 + Math.min((long) (random.nextExponential() * MEAN_GAP_MS), (end - 1 - at) / 2);
          content = nextContent(content, at);
        }
        versions.write(version(version, at, content));
      }
      for (Map.Entry<String, LocalChunk> chunk : localChunks.entrySet()) {
        LocalChunk c = chunk.getValue();
        chunks.write(
            new Chunk(chunk.getKey(), c.bytes, c.refcount, Instant.ofEpochMilli(c.createdAt)));
      }
    }

    private String path() {
      return "/"
          + FOLDERS[random.nextInt(FOLDERS.length)]
          + "/"
          + NAMES[random.nextInt(NAMES.length)]
          + "-"
          + fileId
          + EXTENSIONS[random.nextInt(EXTENSIONS.length)];
    }

    private List<ChunkRef> firstContent(long at) {
      List<ChunkRef> content = new ArrayList<>();
      int chunks = 1 + random.nextInt(MAX_FIRST_CHUNKS);
      for (int i = 0; i < chunks; i++) {
        if (random.nextDouble() < SHARED_SHARE) {
          addShared(content);
        } else {
          content.add(newLocal(at));
        }
      }
      return content;
    }

    private void addShared(List<ChunkRef> content) {
      ChunkPool pool = world.chunkPool;
      int index = random.nextInt(pool.size());
      ChunkRef ref = new ChunkRef(pool.hash(index), pool.bytes(index), index);
      if (!content.contains(ref)) {
        content.add(ref);
      }
    }

    private List<ChunkRef> nextContent(List<ChunkRef> previous, long at) {
      List<ChunkRef> content = new ArrayList<>(previous.size() + 1);
      for (ChunkRef chunk : previous) {
        content.add(random.nextDouble() < REWRITE_SHARE ? newLocal(at) : chunk);
      }
      if (random.nextDouble() < GROW_SHARE) {
        content.add(newLocal(at));
      }
      if (content.size() > 1 && random.nextDouble() < SHRINK_SHARE) {
        content.remove(content.size() - 1);
      }
      return content;
    }

    private ChunkRef newLocal(long at) {
      String hash = ChunkHash.of(world.seed(), "local", fileId, localChunks.size());
      long bytes =
          ChunkPool.chunkBytes(Mix.hash(world.seed(), "local-size", fileId, localChunks.size()));
      localChunks.put(hash, new LocalChunk(bytes, at));
      return new ChunkRef(hash, bytes, -1);
    }

    private FileVersion version(int version, long at, List<ChunkRef> content) {
      long size = 0;
      List<String> hashes = new ArrayList<>(content.size());
      for (ChunkRef chunk : content) {
        size += chunk.bytes();
        hashes.add(chunk.hash());
        if (chunk.sharedIndex() >= 0) {
          world.chunkPool.reference(chunk.sharedIndex());
        } else {
          localChunks.get(chunk.hash()).refcount++;
        }
      }
      return new FileVersion(fileId, version, Instant.ofEpochMilli(at), size, hashes);
    }
  }

  private record ChunkRef(String hash, long bytes, int sharedIndex) {}

  private static final class LocalChunk {
    final long bytes;
    final long createdAt;
    int refcount;

    LocalChunk(long bytes, long createdAt) {
      this.bytes = bytes;
      this.createdAt = createdAt;
    }
  }
}

package dev.nightshift.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingReader;
import dev.nightshift.precompute.serving.StoredDocument;
import dev.nightshift.precompute.serving.document.DocumentCodec;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves a request to a page of a stored document. Documents are cached by (dataset, version,
 * key) without invalidation: a published version never changes, and a new one has a new number.
 * Thread-safe.
 */
final class DocumentPages {
  private final ServingReader reader;
  private final CurrentVersions currentVersions;
  private final Cache<DocumentId, StoredDocument> documents;

  DocumentPages(ServingReader reader, CurrentVersions currentVersions, long cacheBytes) {
    this.reader = reader;
    this.currentVersions = currentVersions;
    this.documents = Caffeine.newBuilder()
        .maximumWeight(cacheBytes)
        .weigher((DocumentId id, StoredDocument doc) -> doc.body().length + id.key().length() + 64)
        .recordStats()
        // Upkeep (access order, eviction) on the request threads in small steps: no wake-up of a
        // pool thread, and its CPU counts under serving's thread names.
        .executor(Runnable::run)
        .build();
  }

  /** The document cache, for its hit and miss metrics. */
  Cache<?, ?> cache() {
    return documents;
  }

  /**
   * The page of {@code key} that starts at the cursor (or at the first item of the current version)
   * and holds up to {@code limit} items. {@code what} names the document in a 404; {@code linkBase}
   * is the document's URI up to where the {@code limit} and {@code cursor} parameters of the next
   * page's link follow (ending in {@code ?} or {@code &}). Both are only built when needed.
   */
  ServedPage page(
      ServingDataset dataset,
      String key,
      Supplier<String> what,
      Optional<Cursor> cursor,
      int limit,
      String ifNoneMatch,
      Supplier<String> linkBase) {
    long version =
        cursor
            .map(c -> servable(dataset, c.version()))
            .orElseGet(() -> currentVersions.of(dataset));
    int offset = cursor.map(Cursor::offset).orElse(0);
    String etag = "\"" + dataset + "." + version + "." + key + "." + offset + "." + limit + "\"";
    if (etag.equals(ifNoneMatch)) {
      return new ServedPage(version, etag, null, Optional.empty());
    }
    StoredDocument document =
        document(dataset, version, key)
            .orElseThrow(
                () ->
                    ServingProblem.notFound(
                        "no " + dataset + " document for " + what.get() + " in version " + version,
                        version));
    // The common request takes the whole document: send the stored bytes without parsing them.
    byte[] body =
        offset == 0 && limit >= document.itemCount()
            ? document.body()
            : DocumentCodec.page(document.body(), offset, limit);
    Optional<ServedPage.Next> next = Optional.empty();
    if ((long) offset + limit < document.itemCount()) {
      String nextCursor = new Cursor(version, offset + limit).encode();
      next =
          Optional.of(
              new ServedPage.Next(
                  nextCursor, linkBase.get() + "limit=" + limit + "&cursor=" + nextCursor));
    }
    return new ServedPage(version, etag, body, next);
  }

  private Optional<StoredDocument> document(ServingDataset dataset, long version, String key) {
    DocumentId id = new DocumentId(dataset, version, key);
    StoredDocument cached = documents.getIfPresent(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<StoredDocument> stored = reader.read(dataset, version, key);
    stored.ifPresent(doc -> documents.put(id, doc));
    return stored;
  }

  private long servable(ServingDataset dataset, long version) {
    if (!reader.isServable(dataset, version)) {
      throw ServingProblem.versionGone(
          "the cursor points into "
              + dataset
              + " version "
              + version
              + ", which is no longer served; request the first page again without a cursor");
    }
    return version;
  }

  /**
   * The cache key. Written out rather than generated: a record's generated {@code equals} runs
   * through method handles, which showed up in profiles of the hot path.
   */
  private static final class DocumentId {
    private final ServingDataset dataset;
    private final long version;
    private final String key;
    private final int hash;

    DocumentId(ServingDataset dataset, long version, String key) {
      this.dataset = dataset;
      this.version = version;
      this.key = key;
      this.hash = (dataset.ordinal() * 31 + Long.hashCode(version)) * 31 + key.hashCode();
    }

    String key() {
      return key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof DocumentId id
          && id.version == version
          && id.dataset == dataset
          && id.key.equals(key);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}

package dev.nightshift.batch.support;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingReader;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.document.ServingDocument;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's documents into the job's staged serving version, one store transaction per
 * chunk. The store commits before Spring Batch records the chunk, so a process killed between the
 * two leaves that chunk's documents stored while the restarted step reads its items again: the
 * first chunk a step execution writes therefore skips keys the version already holds. Later chunks
 * cannot overlap earlier ones (keys are read in a fixed order), so they are written as they come.
 * One instance per step execution.
 */
public final class ServingDocumentWriter implements ItemWriter<ServingDocument> {
  private final ServingStore store;
  private final ServingReader reader;
  private final ServingDataset dataset;
  private final long version;
  private boolean firstChunk = true;

  public ServingDocumentWriter(ServingStore store, ServingDataset dataset, long version) {
    this.store = store;
    this.reader = store.reader();
    this.dataset = dataset;
    this.version = version;
  }

  @Override
  public void write(Chunk<? extends ServingDocument> chunk) {
    // Checked before the staged version takes its connection: a read while it is held needs a
    // second one, and partitions that all do so at once wait on each other until the pool times out.
    List<? extends ServingDocument> documents =
        firstChunk
            ? chunk.getItems().stream()
                .filter(d -> reader.read(dataset, version, d.key()).isEmpty())
                .toList()
            : chunk.getItems();
    try (StagedVersion staged = store.resume(dataset, version)) {
      documents.forEach(staged::put);
    }
    firstChunk = false;
  }
}

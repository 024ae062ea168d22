package dev.nightshift.precompute.trends;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.datasketches.common.ArrayOfStringsSerDe;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;
import org.apache.datasketches.memory.Memory;

/**
 * The mergeable partial of one (window, region): how often each tag was used (frequent-items
 * sketch), by how many distinct authors (one HyperLogLog per tag) and, when asked, exact counts.
 * Build one per partition, {@link #merge} them in any grouping, ship them as {@link #toBytes}.
 *
 * <p>Not thread-safe: one instance belongs to one task at a time. Memory grows with the number of
 * distinct tags (one small HyperLogLog each, a few dozen bytes while a tag has few authors).
 */
public final class TagSketches {
  private static final ArrayOfStringsSerDe SERDE = new ArrayOfStringsSerDe();
  private static final int FORMAT = 1;

  private final int hllLgK;
  private final ItemsSketch<String> counts;
  private final Map<String, Union> authorsByTag;
  private final Map<String, Long> exact;

  public TagSketches(TrendParameters parameters) {
    this(
        parameters.hllLgK(),
        new ItemsSketch<>(parameters.maxMapSize()),
        new TreeMap<>(),
        parameters.exactCounts() ? new TreeMap<>() : null);
  }

  private TagSketches(
      int hllLgK, ItemsSketch<String> counts, Map<String, Union> authors, Map<String, Long> exact) {
    this.hllLgK = hllLgK;
    this.counts = counts;
    this.authorsByTag = authors;
    this.exact = exact;
  }

  /** Counts one post by {@code authorId} that carries {@code tag}. */
  public void add(String tag, long authorId) {
    counts.update(tag);
    authorsByTag.computeIfAbsent(tag, t -> new Union(hllLgK)).update(authorId);
    if (exact != null) {
      exact.merge(tag, 1L, Long::sum);
    }
  }

  /** Adds {@code other}'s counts into this one; {@code other} is left unchanged. */
  public TagSketches merge(TagSketches other) {
    if (other.hllLgK != hllLgK || (other.exact == null) != (exact == null)) {
      throw new IllegalArgumentException(
          "Cannot merge tag sketches built with different parameters: hllLgK "
              + hllLgK
              + " vs "
              + other.hllLgK
              + ", exact counts "
              + (exact != null)
              + " vs "
              + (other.exact != null));
    }
    counts.merge(other.counts);
    other.authorsByTag.forEach(
        (tag, authors) ->
            authorsByTag.computeIfAbsent(tag, t -> new Union(hllLgK)).update(authors.getResult()));
    if (exact != null) {
      other.exact.forEach((tag, n) -> exact.merge(tag, n, Long::sum));
    }
    return this;
  }

  public long estimate(String tag) {
    return counts.getEstimate(tag);
  }

  /** The true count is at least this (the sketch's guarantee). */
  public long lowerBound(String tag) {
    return counts.getLowerBound(tag);
  }

  /** The true count is at most this (the sketch's guarantee). */
  public long upperBound(String tag) {
    return counts.getUpperBound(tag);
  }

  /** Posts counted, one per (post, tag). */
  public long streamLength() {
    return counts.getStreamLength();
  }

  /** The largest gap between an estimate and its true count in this sketch. */
  public long maximumError() {
    return counts.getMaximumError();
  }

  /** Tags whose count may reach {@code threshold}: none that does is missing. */
  public Iterable<String> tagsReaching(long threshold) {
    ItemsSketch.Row<String>[] rows =
        counts.getFrequentItems(threshold - 1, ErrorType.NO_FALSE_NEGATIVES);
    List<String> tags = new ArrayList<>(rows.length);
    for (ItemsSketch.Row<String> row : rows) {
      tags.add(row.getItem());
    }
    return tags;
  }

  public double uniqueAuthors(String tag) {
    Union authors = authorsByTag.get(tag);
    return authors == null ? 0 : authors.getEstimate();
  }

  /** The distinct authors are at least this, at {@code stdDevs} (1, 2 or 3) standard deviations. */
  public double uniqueAuthorsLowerBound(String tag, int stdDevs) {
    Union authors = authorsByTag.get(tag);
    return authors == null ? 0 : authors.getLowerBound(stdDevs);
  }

  /** The distinct authors are at most this, at {@code stdDevs} (1, 2 or 3) standard deviations. */
  public double uniqueAuthorsUpperBound(String tag, int stdDevs) {
    Union authors = authorsByTag.get(tag);
    return authors == null ? 0 : authors.getUpperBound(stdDevs);
  }

  /** The exact count, when exact counting is on. */
  public OptionalLong exact(String tag) {
    return exact == null ? OptionalLong.empty() : OptionalLong.of(exact.getOrDefault(tag, 0L));
  }

  /** Exact counts by tag; empty when exact counting is off. */
  public Map<String, Long> exactCounts() {
    return exact == null ? Map.of() : Collections.unmodifiableMap(exact);
  }

  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(hllLgK);
      writeBlock(out, counts.toByteArray(SERDE));
      out.writeInt(authorsByTag.size());
      for (Map.Entry<String, Union> e : authorsByTag.entrySet()) {
        out.writeUTF(e.getKey());
        writeBlock(out, e.getValue().toCompactByteArray());
      }
      out.writeBoolean(exact != null);
      if (exact != null) {
        out.writeInt(exact.size());
        for (Map.Entry<String, Long> e : exact.entrySet()) {
          out.writeUTF(e.getKey());
          out.writeLong(e.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads what {@link #toBytes} wrote. */
  public static TagSketches fromBytes(byte[] serialized) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IllegalArgumentException(
            "Tag sketches in format " + format + " cannot be read; this version reads " + FORMAT);
      }
      int lgK = in.readInt();
      ItemsSketch<String> counts = ItemsSketch.getInstance(Memory.wrap(readBlock(in)), SERDE);
      Map<String, Union> authors = new TreeMap<>();
      int tags = in.readInt();
      for (int i = 0; i < tags; i++) {
        String tag = in.readUTF();
        Union union = new Union(lgK);
        union.update(HllSketch.heapify(readBlock(in)));
        authors.put(tag, union);
      }
      Map<String, Long> exact = null;
      if (in.readBoolean()) {
        exact = new TreeMap<>();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          exact.put(in.readUTF(), in.readLong());
        }
      }
      return new TagSketches(lgK, counts, authors, exact);
    } catch (IOException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("Tag sketches are truncated or corrupt: " + e, e);
    }
  }

  private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
    out.writeInt(block.length);
    out.write(block);
  }

  private static byte[] readBlock(DataInputStream in) throws IOException {
    byte[] block = new byte[in.readInt()];
    in.readFully(block);
    return block;
  }
}

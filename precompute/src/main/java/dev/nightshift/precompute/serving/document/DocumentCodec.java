package dev.nightshift.precompute.serving.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON encoding of serving documents, and the paging of their {@code items}. Thread-safe.
 */
public final class DocumentCodec {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private DocumentCodec() {}

  public static byte[] toBytes(ServingDocument document) {
    try {
      return MAPPER.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + document.getClass().getSimpleName(), e);
    }
  }

  public static <T extends ServingDocument> T fromBytes(byte[] body, Class<T> type) {
    try {
      return MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException("stored bytes are not a " + type.getSimpleName(), e);
    }
  }

  /**
   * The same document with only {@code items[offset, offset + limit)}; every other field is kept.
   * An offset past the end gives an empty {@code items} array.
   */
  public static byte[] page(byte[] body, int offset, int limit) {
    try {
      ObjectNode document = (ObjectNode) MAPPER.readTree(body);
      JsonNode items = document.path("items");
      ArrayNode page = MAPPER.createArrayNode();
      for (int i = offset; i < Math.min(items.size(), (long) offset + limit); i++) {
        page.add(items.get(i));
      }
      document.set("items", page);
      return MAPPER.writeValueAsBytes(document);
    } catch (IOException | ClassCastException e) {
      throw new IllegalStateException(
          "stored document is not a JSON object with an items array", e);
    }
  }
}

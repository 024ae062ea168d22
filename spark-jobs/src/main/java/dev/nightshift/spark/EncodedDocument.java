package dev.nightshift.spark;

import dev.nightshift.precompute.serving.document.DocumentCodec;
import dev.nightshift.precompute.serving.document.ServingDocument;
import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * A serving document as the executors encode it and the driver stores it: the bytes are
 * precompute's {@link DocumentCodec} encoding, so they equal what the batch jobs store. A Java bean
 * for Spark's bean encoder.
 */
public class EncodedDocument implements Serializable {
  private String key;
  private byte[] body;
  private int itemCount;
  private Double score;

  public EncodedDocument() {}

  public static EncodedDocument of(ServingDocument document) {
    EncodedDocument encoded = new EncodedDocument();
    encoded.key = document.key();
    encoded.body = DocumentCodec.toBytes(document);
    encoded.itemCount = document.items().size();
    OptionalDouble summary = document.scoreSummary();
    encoded.score = summary.isPresent() ? summary.getAsDouble() : null;
    return encoded;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public byte[] getBody() {
    return body;
  }

  public void setBody(byte[] body) {
    this.body = body;
  }

  public int getItemCount() {
    return itemCount;
  }

  public void setItemCount(int itemCount) {
    this.itemCount = itemCount;
  }

  public Double getScore() {
    return score;
  }

  public void setScore(Double score) {
    this.score = score;
  }

  OptionalDouble scoreSummary() {
    return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
  }
}

package dev.nightshift.scheduler.dag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;

/** A 1-based line and column in a DAG file, for errors that SnakeYAML gives without a mark. */
record SourcePosition(int line, int column) {
  static final SourcePosition START = new SourcePosition(1, 1);

  static SourcePosition of(Mark mark) {
    return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Where the {@code index}-th character (counted as SnakeYAML reads the file) stands. */
  static SourcePosition ofCharacter(byte[] content, int index) {
    String text = new String(content, StandardCharsets.UTF_8);
    int[] codePoints = text.codePoints().toArray();
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(index, codePoints.length); i++) {
      if (codePoints[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(line, column);
  }

  /** Where the first byte that is not UTF-8 stands, if there is one. */
  static Optional<SourcePosition> firstMalformedUtf8(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return Optional.empty();
    }
    out.flip();
    return Optional.of(ofCharacter(out.toString().getBytes(StandardCharsets.UTF_8),
        out.toString().codePointCount(0, out.length())));
  }
}

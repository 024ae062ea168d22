package dev.nightshift.serving;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.InvalidParameterException;

/**
 * Refuses, with 400, a request whose query string or form body is not valid percent-encoded UTF-8,
 * before any filter or controller asks for a parameter. Tomcat decodes parameters lazily and
 * throws from whichever {@code getParameter} call comes first, which the application would take
 * for its own failure (a 500); here the parameters are decoded once, up front, and the query's
 * offending parameter is named.
 */
final class ParameterCheckValve extends ValveBase {
  static final String UNDECODABLE =
      "The request's parameters are not valid percent-encoded UTF-8 (too many of them, or a"
          + " form body too large, is refused too); encode '%' as %25.";

  ParameterCheckValve() {
    super(true);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    Optional<String> badQuery = undecodableParameter(request.getQueryString());
    if (badQuery.isPresent()) {
      response.sendError(
          400,
          "Query parameter '"
              + badQuery.get()
              + "' is not valid percent-encoded UTF-8; encode '%' as %25.");
      return;
    }
    try {
      // Reading a form body needs the servlet the request was mapped to; a request that could not
      // be mapped (an invalid URI) is refused by the container on its own.
      if (request.getWrapper() != null) {
        request.getParameterMap();
      }
    } catch (InvalidParameterException e) {
      response.sendError(e.getErrorCode() >= 400 ? e.getErrorCode() : 400, UNDECODABLE);
      return;
    }
    getNext().invoke(request, response);
  }

  /**
   * The raw name of the first parameter of {@code query} whose name or value holds a malformed
   * percent-escape or bytes that are not UTF-8.
   */
  static Optional<String> undecodableParameter(String query) {
    if (query == null || query.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (!decodes(pair)) {
        return Optional.of(decodes(name) ? decode(name) : name);
      }
    }
    return Optional.empty();
  }

  private static boolean decodes(String text) {
    try {
      decode(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String decode(String text) {
    ByteBuffer bytes = ByteBuffer.allocate(text.length() * 3);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw new IllegalArgumentException("truncated escape");
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("not a hexadecimal escape");
        }
        bytes.put((byte) (high * 16 + low));
        i += 2;
      } else {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8", e);
    }
  }
}

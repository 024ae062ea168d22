package dev.nightshift.serving.malformed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends bytes as they are over a socket and reads the answer's status line and headers: an HTTP
 * client would refuse to send most malformed requests, or repair them.
 */
public final class RawHttp {
  private static final int TIMEOUT_MILLIS = 30_000;

  private RawHttp() {}

  /** The answer's head; the connection is closed by the request's {@code Connection: close}. */
  public record Response(int status, String contentType, String head) {}

  public static Optional<Response> send(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException refusedMidway) {
        // The server may answer and close before it has read everything; read what it said.
      }
      return parse(readHead(socket.getInputStream()));
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        head.write(buffer, 0, n);
        if (head.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException stoppedAnswering) {
      // Judged on what arrived.
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static Optional<Response> parse(String head) {
    if (!head.startsWith("HTTP/1.")) {
      return Optional.empty();
    }
    String[] lines = head.split("\r\n");
    String[] status = lines[0].split(" ", 3);
    String type = "";
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
        type = line.substring("content-type:".length()).trim();
      }
    }
    return Optional.of(new Response(Integer.parseInt(status[1]), type, head));
  }
}

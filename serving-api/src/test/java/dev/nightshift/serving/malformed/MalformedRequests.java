package dev.nightshift.serving.malformed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded stream of malformed HTTP/1.1 requests as raw bytes, of every {@link Kind}, aimed at the
 * paths of one {@link Listener}: the same seed gives the same requests. Each request is refused
 * for its defect before it could change anything stored: writes carry a body the endpoint cannot
 * take, or no token. Not generated: what HTTP/1.1 lets a server accept and Tomcat does, such as
 * Content-Length beside Transfer-Encoding: chunked (the length is ignored and the connection
 * closed) or a header folded onto a second line.
 */
public final class MalformedRequests {

  /** What is wrong with a request. */
  public enum Kind {
    BAD_PERCENT_ENCODING_IN_PATH,
    INVALID_UTF8_IN_PATH,
    BAD_PERCENT_ENCODING_IN_QUERY,
    INVALID_UTF8_IN_QUERY,
    REQUEST_LINE_TOO_LONG,
    HEADERS_TOO_LARGE,
    MALFORMED_HEADER,
    DUPLICATE_PARAMETER,
    WRONG_BODY_TYPE,
    BODY_TOO_LARGE,
    UNKNOWN_METHOD,
    UNSUPPORTED_VERSION
  }

  /** One generated request. */
  public record Request(Kind kind, byte[] bytes) {
    /** The request line and headers, shortened and printable, for a failure message. */
    public String describe() {
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      head = head.length() > 300 ? head.substring(0, 300) + "..." : head;
      return head.replace("\r\n", " | ");
    }
  }

  private static final String[] BAD_ESCAPES = {"%", "%z", "%zz", "%G1", "%%", "%1", "%-1", "%u00e9"};
  private static final String[] BAD_UTF8 = {
    "%C3%28", "%FF", "%80", "%ED%A0%80", "%F8%88%80%80%80", "%C0%AF", "%E2%82", "%F0%28%8C%BC"
  };
  private static final String[] RAW_BAD_UTF8 = {"\u00c3(", "\u00ff", "\u0080x", "\u00ed\u00a0\u0080"};
  private static final String[] METHODS = {
    "FOO", "PROPFIND", "BREW", "get", "Post", "MKCOL", "X".repeat(40), "LOCK", "SEARCH"
  };
  private static final String[] BAD_METHOD_TOKENS = {"G@T", "GE T", "{GET}", "GET\u0001", "\u00e9T"};
  private static final String[] VERSIONS = {
    "HTTP/2.0", "HTTP/1.2", "HTTP/3", "HTTP/9.9", "HTTPS/1.1", "http/1.1", "HTTP/1.1x", "HTTP/11"
  };
  private static final String[] MALFORMED_HEADERS = {
    "X Bad: a",
    "NoColonHere",
    ": no-name",
    "X-Ctl: a\u0001b",
    "Host: second.example",
    "Content-Length: abc",
    "Content-Length: -1",
    "Content-Length: 1\r\nContent-Length: 2",
    "Transfer-Encoding: gzip",
    "Transfer-Encoding: chunked, identity",
    "X-Tab\t: v",
    "Content-Length: 99999999999999999999999"
  };
  private static final String[] WRONG_TYPES = {
    "text/plain",
    "application/xml",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "multipart/form-data; boundary=x",
    "image/png",
    "application/json; charset=ebcdic",
    "application/octet-stream",
    "application/json",
    "application/json"
  };
  private static final String[] WRONG_BODIES = {
    "<dag><id>x</id></dag>",
    "is_paused=true&conf=1",
    "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n",
    "\u0000\u0001\u0002\u00ff",
    "not json at all",
    "{\"conf\":",
    "[1,2,",
    "{'single': 'quotes'}"
  };

  private final Random random;
  private final Listener listener;

  public MalformedRequests(long seed, Listener listener) {
    this.random = new Random(seed);
    this.listener = listener;
  }

  /** The next request; kinds take turns, so that every kind is sent as often as the others. */
  public Request next(int index) {
    Kind kind = Kind.values()[index % Kind.values().length];
    return new Request(kind, build(kind));
  }

  private byte[] build(Kind kind) {
    String path = pick(listener.paths());
    return switch (kind) {
      case BAD_PERCENT_ENCODING_IN_PATH -> get(insert(path, pick(BAD_ESCAPES)), List.of());
      case INVALID_UTF8_IN_PATH ->
          get(insert(path, random.nextBoolean() ? pick(BAD_UTF8) : pick(RAW_BAD_UTF8)), List.of());
      case BAD_PERCENT_ENCODING_IN_QUERY ->
          get(path + "?" + parameter() + "=" + value(pick(BAD_ESCAPES)), List.of());
      case INVALID_UTF8_IN_QUERY ->
          get(path + "?" + parameter() + "=" + value(pick(BAD_UTF8)), List.of());
      case REQUEST_LINE_TOO_LONG ->
          get(
              random.nextBoolean()
                  ? path + "/" + "a".repeat(9_000 + random.nextInt(20_000))
                  : path + "?q=" + "b".repeat(9_000 + random.nextInt(20_000)),
              List.of());
      case HEADERS_TOO_LARGE -> get(path, largeHeaders());
      case MALFORMED_HEADER -> get(path, List.of(pick(MALFORMED_HEADERS)));
      case DUPLICATE_PARAMETER -> duplicateParameter();
      case WRONG_BODY_TYPE -> wrongBody();
      case BODY_TOO_LARGE -> tooLarge();
      case UNKNOWN_METHOD ->
          request(
              random.nextInt(3) == 0 ? pick(BAD_METHOD_TOKENS) : pick(METHODS),
              path,
              "HTTP/1.1",
              listener.authorizations(random),
              "");
      case UNSUPPORTED_VERSION -> request("GET", path, pick(VERSIONS), List.of(), "");
    };
  }

  private List<String> largeHeaders() {
    if (random.nextBoolean()) {
      return List.of("X-Large: " + "v".repeat(9_000 + random.nextInt(20_000)));
    }
    int count = 150 + random.nextInt(300);
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> "X-Many-" + i + ": " + "w".repeat(60))
        .toList();
  }

  private byte[] duplicateParameter() {
    Map.Entry<String, List<String>> endpoint = pick(listener.singleValuedParameters());
    String name = pick(endpoint.getValue());
    String first = pickValue(name);
    String second = random.nextBoolean() ? first : pickValue(name);
    String query = name + "=" + first + "&" + name + "=" + second;
    if (random.nextBoolean()) {
      query = query + "&" + name + "=" + pickValue(name);
    }
    return get(endpoint.getKey() + "?" + query, listener.authorizations(random));
  }

  private String pickValue(String name) {
    return switch (name) {
      case "limit", "offset", "try" -> Integer.toString(1 + random.nextInt(20));
      case "window" -> pick(new String[] {"1h", "24h"});
      case "region" -> "global";
      default -> "v" + random.nextInt(5);
    };
  }

  private byte[] wrongBody() {
    Listener.Write write = pick(listener.writes());
    String type = pick(WRONG_TYPES);
    String body = pick(WRONG_BODIES);
    if (type.startsWith("application/json")) {
      body = pick(new String[] {"not json at all", "{\"conf\":", "[1,2,", "{'single': 'quotes'}"});
    }
    List<String> headers = new java.util.ArrayList<>(listener.authorizations(random));
    headers.add("Content-Type: " + type);
    return request(write.method(), write.path(), "HTTP/1.1", headers, body);
  }

  /** Declares a body over every limit (Tomcat's swallow limit too) and sends only its start. */
  private byte[] tooLarge() {
    Listener.Write write = pick(listener.writes());
    long declared = 3L * 1024 * 1024 + random.nextInt(Integer.MAX_VALUE);
    List<String> headers = new java.util.ArrayList<>(listener.authorizations(random));
    headers.add("Content-Type: application/json");
    headers.add("Content-Length: " + declared);
    return bytes(write.method() + " " + write.path() + " HTTP/1.1", headers, "{\"conf\": {");
  }

  private String parameter() {
    return random.nextInt(4) == 0 ? value(pick(BAD_ESCAPES)) : pick(listener.parameterNames());
  }

  /** A bad escape alone, or between characters that are no hexadecimal digits. */
  private String value(String bad) {
    return switch (random.nextInt(3)) {
      case 0 -> bad;
      case 1 -> "x" + bad;
      default -> "q" + bad + "z";
    };
  }

  private String insert(String path, String bad) {
    int slash = path.lastIndexOf('/');
    return random.nextBoolean() ? path + "/" + bad : path.substring(0, slash + 1) + bad;
  }

  private byte[] get(String target, List<String> headers) {
    return request(random.nextInt(5) == 0 ? "HEAD" : "GET", target, "HTTP/1.1", headers, "");
  }

  private static byte[] request(
      String method, String target, String version, List<String> headers, String body) {
    List<String> all = new java.util.ArrayList<>(headers);
    if (!body.isEmpty()) {
      all.add("Content-Length: " + body.getBytes(StandardCharsets.ISO_8859_1).length);
    }
    return bytes(method + " " + target + " " + version, all, body);
  }

  /** Characters are sent as single bytes: a test may put any byte in any place. */
  private static byte[] bytes(String requestLine, List<String> headers, String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder(requestLine).append("\r\n");
    if (headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))
        || headers.stream().anyMatch(h -> h.equals("Host: second.example"))) {
      head.append("Host: localhost\r\n");
    }
    headers.forEach(h -> head.append(h).append("\r\n"));
    head.append("Connection: close\r\n\r\n").append(body);
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <K, V> Map.Entry<K, V> pick(Map<K, V> values) {
    return pick(List.copyOf(values.entrySet()));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}

package dev.nightshift.serving.malformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends {@code count} seeded malformed requests to a listener and keeps what went wrong: every
 * answer must be a 4xx {@code application/problem+json}, and every request must be answered.
 */
public final class FuzzRun {
  public final Map<MalformedRequests.Kind, Integer> sent =
      new EnumMap<>(MalformedRequests.Kind.class);
  public final List<String> wrongAnswers = new ArrayList<>();
  public int serverErrors;

  private FuzzRun() {}

  /**
   * Sends the requests and asserts that every kind was sent at least {@code count / 16} times,
   * that each was answered 4xx with a problem document, and that nothing was logged with a stack
   * trace or at ERROR meanwhile.
   */
  public static void sendAndCheck(int port, Listener listener, long seed, int count)
      throws IOException {
    FuzzRun run;
    List<String> traces;
    try (ErrorLogCapture log = ErrorLogCapture.open()) {
      run = send(port, listener, seed, count);
      traces = log.traced();
    }
    assertThat(run.sent).containsOnlyKeys(MalformedRequests.Kind.values());
    assertThat(run.sent.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(count / 16));
    assertThat(run.wrongAnswers).isEmpty();
    assertThat(run.serverErrors).isZero();
    assertThat(traces).isEmpty();
  }

  public static FuzzRun send(int port, Listener listener, long seed, int count)
      throws IOException {
    FuzzRun run = new FuzzRun();
    MalformedRequests requests = new MalformedRequests(seed, listener);
    for (int i = 0; i < count; i++) {
      MalformedRequests.Request request = requests.next(i);
      run.sent.merge(request.kind(), 1, Integer::sum);
      Optional<RawHttp.Response> response = RawHttp.send(port, request.bytes());
      if (response.isEmpty()) {
        run.wrongAnswers.add(request.kind() + " " + request.describe() + " -> no HTTP answer");
        continue;
      }
      int status = response.get().status();
      if (status >= 500) {
        run.serverErrors++;
      }
      if (status < 400 || status >= 500 || !response.get().contentType().startsWith("application/problem+json")) {
        run.wrongAnswers.add(
            request.kind()
                + " "
                + request.describe()
                + " -> "
                + status
                + " "
                + response.get().contentType());
      }
    }
    return run;
  }
}

package dev.nightshift.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.platform.api.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The DAG page lists the schedule's next runs in UTC and in the DAG's time zone. */
class DagPageNextRunsTest {
  static final TestServer server = TestServer.shared();

  @Test
  void the_dag_page_lists_the_next_runs_with_their_run_after_times() {
    HttpResponse<String> page = server.get("/ui/dags/daily");

    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body).contains("<h2>Next runs</h2>", "run after (UTC)", "run after (UTC)</th><th>run after (");
    assertThat(body).contains("<tr><td>2099-01-01T00:00:00Z</td><td>2099-01-02T00:00:00Z</td>"
        + "<td>2099-01-02T00:00:00Z</td><td>2099-01-02T00:00Z</td></tr>");
    assertThat(body.split("<tr><td>2099-", -1)).hasSize(11);
  }

  @Test
  void a_manual_dag_has_no_next_runs() {
    assertThat(server.get("/ui/dags/greet").body()).contains("<h2>Next runs</h2><p>None scheduled.</p>");
  }
}

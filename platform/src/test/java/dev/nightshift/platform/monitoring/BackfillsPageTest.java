package dev.nightshift.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.platform.api.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The backfills page lists each backfill with the buttons its status allows. */
class BackfillsPageTest {
  static final TestServer server = TestServer.shared();

  @Test
  void lists_backfills_with_pause_and_cancel_buttons_while_running_and_none_once_cancelled() {
    long id = server.heldBackfill("2021-01-01", "2021-01-03");
    String row = "<tr data-backfill=\"" + id + "\">";

    String running = rowOf(server.get("/ui/backfills"), row);
    assertThat(running).contains("running", "data-action=\"pause\"", "data-action=\"cancel\"");

    server.write("POST", "/api/v1/backfills/" + id + "/pause", "");
    String paused = rowOf(server.get("/ui/backfills"), row);
    assertThat(paused).contains("paused", "data-action=\"unpause\"", "data-action=\"cancel\"")
        .doesNotContain("data-action=\"pause\"");

    server.write("POST", "/api/v1/backfills/" + id + "/cancel", "");
    assertThat(rowOf(server.get("/ui/backfills"), row))
        .contains("cancelled").doesNotContain("<button");
  }

  private static String rowOf(HttpResponse<String> page, String rowStart) {
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    int start = body.indexOf(rowStart);
    assertThat(start).as(body).isNotNegative();
    return body.substring(start, body.indexOf("</tr>", start));
  }
}

package dev.nightshift.monitoring.pages;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class WriteTokenTest {

  @Test
  void the_configured_token_as_a_bearer_header_allows_a_write() {
    assertThatCode(() -> new WriteToken("s3cret").check("Bearer s3cret")).doesNotThrowAnyException();
  }

  @Test
  void a_missing_or_wrong_token_is_unauthorized() {
    WriteToken token = new WriteToken("s3cret");
    for (String header : new String[] {null, "", "Bearer wrong", "s3cret", "Basic s3cret"}) {
      assertThatThrownBy(() -> token.check(header)).isInstanceOfSatisfying(
          ResponseStatusException.class,
          e -> org.assertj.core.api.Assertions.assertThat(e.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
    }
  }

  @Test
  void without_a_configured_token_every_write_is_refused_with_the_setting_to_use() {
    assertThatThrownBy(() -> new WriteToken(" ").check("Bearer "))
        .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
          org.assertj.core.api.Assertions.assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
          org.assertj.core.api.Assertions.assertThat(e.getReason()).contains("nightshift.api.token");
        });
  }
}

package dev.nightshift.platform.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.platform.api.ApiProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

class TokensTest {
  static final GeneratedToken NONE = new GeneratedToken(Optional.empty(), Path.of("api-token"));

  static ApiProperties properties(List<ApiProperties.Token> tokens) {
    return new ApiProperties(tokens, false, false, DataSize.ofMegabytes(1));
  }

  @Test
  void matchesConfiguredAndEnvironmentTokensWithTheirRights() {
    MockEnvironment environment =
        new MockEnvironment().withProperty(Tokens.ENVIRONMENT_VARIABLE, "from-env");
    Tokens tokens =
        new Tokens.Setup()
            .tokens(
                properties(
                    List.of(new ApiProperties.Token("viewer", "read-only", Set.of(Right.READ)))),
                environment,
                NONE);

    assertThat(tokens.match("read-only"))
        .hasValueSatisfying(
            t -> {
              assertThat(t.name()).isEqualTo("viewer");
              assertThat(t.allows(Right.READ)).isTrue();
              assertThat(t.allows(Right.WRITE)).isFalse();
            });
    assertThat(tokens.match("from-env"))
        .hasValueSatisfying(t -> assertThat(t.allows(Right.WRITE)).isTrue());
    assertThat(tokens.match("read-onl")).isEmpty();
    assertThat(tokens.match("")).isEmpty();
  }

  @Test
  void aConfiguredTokenWithoutAValueIsRefusedAtStart() {
    assertThatThrownBy(
            () ->
                new Tokens.Setup()
                    .tokens(
                        properties(
                            List.of(new ApiProperties.Token("ci", " ", Set.of(Right.WRITE)))),
                        new MockEnvironment(),
                        NONE))
        .hasMessageContaining("'ci' has no value");
  }

  @Test
  void noTokenIsGeneratedWhenOneIsConfigured() {
    var setup = new Tokens.Setup();
    var generated =
        setup.generatedToken(
            new ApiProperties(List.of(), false, true, DataSize.ofMegabytes(1)),
            new dev.nightshift.platform.app.NightshiftProperties(
                Path.of("target/none"), Path.of("dags"), "lake", "", null),
            new MockEnvironment().withProperty(Tokens.ENVIRONMENT_VARIABLE, "set"));

    assertThat(generated.value()).isEmpty();
  }
}

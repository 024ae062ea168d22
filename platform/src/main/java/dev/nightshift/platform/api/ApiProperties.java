package dev.nightshift.platform.api;

import dev.nightshift.platform.api.auth.Right;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code nightshift.api}.
 *
 * @param tokens bearer tokens with their rights ({@code nightshift.api.tokens[0].value=...})
 * @param readRequiresToken when true, reads need a token with the {@code read} right too
 * @param generateToken when no token is configured, make one at start and write it to {@code
 *     <dataDir>/api-token}
 * @param maxBodySize larger request bodies are refused with 413
 */
@ConfigurationProperties("nightshift.api")
public record ApiProperties(
    @DefaultValue List<Token> tokens,
    @DefaultValue("false") boolean readRequiresToken,
    @DefaultValue("false") boolean generateToken,
    @DefaultValue("1MB") DataSize maxBodySize) {

  /** A configured token; its value is never logged. */
  public record Token(String name, String value, @DefaultValue("read,write") Set<Right> rights) {}
}

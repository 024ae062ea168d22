package dev.nightshift.platform.api.auth;

import dev.nightshift.platform.api.ApiProperties;
import dev.nightshift.platform.app.NightshiftProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The tokens the API accepts: configured ones, {@code NIGHTSHIFT_API_TOKEN} from the environment,
 * and a generated one when asked for and nothing else is configured.
 */
public final class Tokens {
  static final String ENVIRONMENT_VARIABLE = "NIGHTSHIFT_API_TOKEN";
  private static final Logger log = LoggerFactory.getLogger(Tokens.class);

  private final List<ApiToken> known;

  Tokens(List<ApiToken> known) {
    this.known = List.copyOf(known);
  }

  /**
   * The token whose value was presented. Every known token is compared, in constant time on hashes,
   * so that neither the position nor a matching prefix shows in the answer's timing.
   */
  Optional<ApiToken> match(String presented) {
    byte[] hash = ApiToken.sha256(presented);
    ApiToken found = null;
    for (ApiToken token : known) {
      if (MessageDigest.isEqual(hash, token.hash()) && found == null) {
        found = token;
      }
    }
    return Optional.ofNullable(found);
  }

  @Configuration(proxyBeanMethods = false)
  static class Setup {
    @Bean
    GeneratedToken generatedToken(
        ApiProperties api, NightshiftProperties nightshift, Environment environment) {
      Path file = nightshift.dataDir().resolve("api-token");
      boolean configured =
          !api.tokens().isEmpty() || environment.getProperty(ENVIRONMENT_VARIABLE) != null;
      if (!api.generateToken() || configured) {
        return new GeneratedToken(Optional.empty(), file);
      }
      return new GeneratedToken(Optional.of(readOrCreate(file)), file);
    }

    @Bean
    Tokens tokens(ApiProperties api, Environment environment, GeneratedToken generated) {
      List<ApiToken> known = new ArrayList<>();
      for (ApiProperties.Token token : api.tokens()) {
        if (token.value() == null || token.value().isBlank()) {
          throw new IllegalArgumentException(
              "nightshift.api.tokens: token '" + token.name() + "' has no value");
        }
        known.add(ApiToken.of(token.name(), token.value(), token.rights()));
      }
      String fromEnvironment = environment.getProperty(ENVIRONMENT_VARIABLE);
      if (fromEnvironment != null && !fromEnvironment.isBlank()) {
        known.add(ApiToken.of("environment", fromEnvironment, EnumSet.of(Right.ADMIN)));
      }
      generated
          .value()
          .ifPresent(v -> known.add(ApiToken.of("generated", v, EnumSet.of(Right.ADMIN))));
      if (known.isEmpty()) {
        log.warn(
            "No API token configured: every write to /api/v1 is refused. Set"
                + " nightshift.api.tokens, {} or nightshift.api.generate-token=true",
            ENVIRONMENT_VARIABLE);
      }
      return new Tokens(known);
    }

    /** Kept across restarts, so that a CLI configured once keeps working. */
    private static String readOrCreate(Path file) {
      try {
        if (Files.isRegularFile(file)) {
          String existing = Files.readString(file).strip();
          if (!existing.isEmpty()) {
            return existing;
          }
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, value + "\n");
        log.info("Generated an API token in {}", file.toAbsolutePath());
        return value;
      } catch (IOException e) {
        throw new UncheckedIOException("could not write the API token to " + file, e);
      }
    }
  }
}

package dev.nightshift.platform.api.auth;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The token made at start when {@code nightshift.api.generate-token=true} and none was configured;
 * empty otherwise. A demo prints it; it is also in {@code file} (mode 0600).
 */
public record GeneratedToken(Optional<String> value, Path file) {}

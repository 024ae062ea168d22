package dev.nightshift.precompute.serving;

import java.time.Instant;
import java.util.Optional;

/** One version of a dataset as the catalog knows it; {@code stats} is present once sealed. */
public record VersionInfo(
    ServingDataset dataset,
    long version,
    VersionState state,
    String producer,
    Instant createdAt,
    Optional<VersionStats> stats) {}

package dev.nightshift.precompute.model;

import java.time.Instant;

public record Swipe(long swiperId, long swipeeId, SwipeDirection direction, Instant at) {}

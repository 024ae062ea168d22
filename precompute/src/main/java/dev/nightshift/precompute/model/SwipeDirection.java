package dev.nightshift.precompute.model;

public enum SwipeDirection {
  LIKE,
  NOPE,
  SUPERLIKE;

  public boolean isPositive() {
    return this != NOPE;
  }
}

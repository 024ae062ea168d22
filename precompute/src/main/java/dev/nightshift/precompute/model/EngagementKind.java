package dev.nightshift.precompute.model;

public enum EngagementKind {
  VIEW,
  LIKE,
  COMMENT,
  SHARE
}

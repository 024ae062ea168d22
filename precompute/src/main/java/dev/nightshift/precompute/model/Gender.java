package dev.nightshift.precompute.model;

public enum Gender {
  FEMALE,
  MALE,
  NONBINARY
}

package dev.nightshift.precompute.model;

/** Whom a user wants to be shown. */
public enum Seeking {
  FEMALE,
  MALE,
  EVERYONE;

  public boolean accepts(Gender gender) {
    return switch (this) {
      case FEMALE -> gender == Gender.FEMALE;
      case MALE -> gender == Gender.MALE;
      case EVERYONE -> true;
    };
  }
}

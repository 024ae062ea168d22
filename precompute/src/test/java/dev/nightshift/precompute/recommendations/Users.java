package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.model.Gender;
import dev.nightshift.precompute.model.Seeking;
import dev.nightshift.precompute.model.User;
import java.time.Instant;

/**
 * Test users: by default a 30-year-old woman in Paris seeking everyone aged 18..99 within 100 km.
 */
final class Users {
  static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

  private final long id;
  private double lat = 48.8566;
  private double lon = 2.3522;
  private int birthYear = 1996;
  private Gender gender = Gender.FEMALE;
  private Seeking seeking = Seeking.EVERYONE;
  private int ageMin = 18;
  private int ageMax = 99;
  private int maxDistanceKm = 100;
  private Instant lastActiveAt = NOW;

  private Users(long id) {
    this.id = id;
  }

  static Users user(long id) {
    return new Users(id);
  }

  Users at(double newLat, double newLon) {
    lat = newLat;
    lon = newLon;
    return this;
  }

  Users bornIn(int year) {
    birthYear = year;
    return this;
  }

  Users is(Gender newGender, Seeking newSeeking) {
    gender = newGender;
    seeking = newSeeking;
    return this;
  }

  Users ages(int min, int max) {
    ageMin = min;
    ageMax = max;
    return this;
  }

  Users within(int km) {
    maxDistanceKm = km;
    return this;
  }

  Users activeAt(Instant at) {
    lastActiveAt = at;
    return this;
  }

  User build() {
    return new User(
        id,
        NOW.minusSeconds(86_400 * 365L),
        lat,
        lon,
        birthYear,
        gender,
        seeking,
        ageMin,
        ageMax,
        maxDistanceKm,
        lastActiveAt);
  }
}

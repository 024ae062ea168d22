package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.model.Gender;
import dev.nightshift.precompute.model.Seeking;
import dev.nightshift.precompute.model.User;
import java.time.Instant;

/** Test users: by default a 30-year-old woman seeking everyone aged 18..99 within 100 km. */
record Users(
    long id,
    double lat,
    double lon,
    int birthYear,
    Gender gender,
    Seeking seeking,
    int ageMin,
    int ageMax,
    int maxDistanceKm,
    Instant lastActiveAt) {
  static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

  static Users user(long id) {
    return new Users(id, 48.8566, 2.3522, 1996, Gender.FEMALE, Seeking.EVERYONE, 18, 99, 100, NOW);
  }

  Users at(double newLat, double newLon) {
    return new Users(
        id, newLat, newLon, birthYear, gender, seeking, ageMin, ageMax, maxDistanceKm,
        lastActiveAt);
  }

  Users bornIn(int year) {
    return new Users(
        id, lat, lon, year, gender, seeking, ageMin, ageMax, maxDistanceKm, lastActiveAt);
  }

  Users is(Gender newGender, Seeking newSeeking) {
    return new Users(
        id, lat, lon, birthYear, newGender, newSeeking, ageMin, ageMax, maxDistanceKm,
        lastActiveAt);
  }

  Users ages(int min, int max) {
    return new Users(
        id, lat, lon, birthYear, gender, seeking, min, max, maxDistanceKm, lastActiveAt);
  }

  Users within(int km) {
    return new Users(id, lat, lon, birthYear, gender, seeking, ageMin, ageMax, km, lastActiveAt);
  }

  Users activeAt(Instant at) {
    return new Users(id, lat, lon, birthYear, gender, seeking, ageMin, ageMax, maxDistanceKm, at);
  }

  User build() {
    return new User(
        id, NOW.minusSeconds(86_400 * 365L), lat, lon, birthYear, gender, seeking, ageMin, ageMax,
        maxDistanceKm, lastActiveAt);
  }
}

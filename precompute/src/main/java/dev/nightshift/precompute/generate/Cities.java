package dev.nightshift.precompute.generate;

import java.util.List;

/** The cities users live in, weighted by metro population in millions. */
public final class Cities {
  /** How far homes spread around a city centre (one standard deviation). */
  public static final double SPREAD_KM = 12;

  public static final List<City> ALL =
      List.of(
          new City("Tokyo", 35.6762, 139.6503, 37),
          new City("Delhi", 28.6139, 77.2090, 32),
          new City("Shanghai", 31.2304, 121.4737, 28),
          new City("Sao Paulo", -23.5505, -46.6333, 22),
          new City("Mexico City", 19.4326, -99.1332, 22),
          new City("Dhaka", 23.8103, 90.4125, 22),
          new City("Cairo", 30.0444, 31.2357, 21),
          new City("Mumbai", 19.0760, 72.8777, 21),
          new City("Beijing", 39.9042, 116.4074, 21),
          new City("Osaka", 34.6937, 135.5023, 19),
          new City("New York", 40.7128, -74.0060, 19),
          new City("Karachi", 24.8607, 67.0011, 17),
          new City("Buenos Aires", -34.6037, -58.3816, 15),
          new City("Istanbul", 41.0082, 28.9784, 15),
          new City("Kolkata", 22.5726, 88.3639, 15),
          new City("Lagos", 6.5244, 3.3792, 15),
          new City("Manila", 14.5995, 120.9842, 14),
          new City("Rio de Janeiro", -22.9068, -43.1729, 13),
          new City("Los Angeles", 34.0522, -118.2437, 12),
          new City("Moscow", 55.7558, 37.6173, 12),
          new City("Paris", 48.8566, 2.3522, 11),
          new City("Jakarta", -6.2088, 106.8456, 11),
          new City("Lima", -12.0464, -77.0428, 11),
          new City("Bangkok", 13.7563, 100.5018, 11),
          new City("Seoul", 37.5665, 126.9780, 10),
          new City("London", 51.5074, -0.1278, 9),
          new City("Madrid", 40.4168, -3.7038, 7),
          new City("Toronto", 43.6532, -79.3832, 6),
          new City("Sydney", -33.8688, 151.2093, 5),
          new City("Berlin", 52.5200, 13.4050, 4));

  private Cities() {}
}

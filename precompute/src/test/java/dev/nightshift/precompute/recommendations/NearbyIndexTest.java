package dev.nightshift.precompute.recommendations;

import static dev.nightshift.precompute.recommendations.Users.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.geo.H3Cells;
import dev.nightshift.precompute.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearbyIndexTest {
  @ParameterizedTest(name = "resolution {0} around {1},{2}")
  @CsvSource({"4, 48.85, 2.35", "6, 48.85, 2.35", "3, 69.65, 18.96", "5, -33.87, 151.21"})
  void the_cells_searched_hold_everyone_within_the_search_radius(
      int resolution, double lat, double lon) {
    RecommendationParameters parameters =
        RecommendationParameters.DEFAULTS.withResolution(resolution);
    List<User> users = scatter(lat, lon, 600, new Random(resolution));
    NearbyIndex index = new NearbyIndex(users, parameters);

    for (User user : users) {
      Set<Long> found = index.near(user).stream().map(User::userId).collect(Collectors.toSet());
      int radius = NearbyIndex.searchRadiusKm(user, parameters);
      for (User other : users) {
        double km = H3Cells.distanceKm(user.lat(), user.lon(), other.lat(), other.lon());
        if (km <= radius) {
          assertThat(found)
              .as("%d within %.1f km of %d", other.userId(), km, user.userId())
              .contains(other.userId());
        }
      }
    }
  }

  @Test
  void a_user_with_an_impossible_location_is_named() {
    User broken = user(42).at(123, 2).build();

    assertThatThrownBy(() -> new NearbyIndex(List.of(broken), RecommendationParameters.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("User 42: lat must be within -90.0..90.0, was 123.0");
  }

  /** Users up to ~3 degrees around a point, with search radii from 1 to 400 km. */
  private static List<User> scatter(double lat, double lon, int n, Random random) {
    List<User> users = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      users.add(
          user(i)
              .at(lat + (random.nextDouble() - 0.5) * 6, lon + (random.nextDouble() - 0.5) * 6)
              .within(1 + random.nextInt(400))
              .build());
    }
    return users;
  }
}

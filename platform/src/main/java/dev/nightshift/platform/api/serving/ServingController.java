package dev.nightshift.platform.api.serving;

import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serving versions: what each dataset serves, what is kept, and rolling back to the previous. */
@RestController
@RequestMapping(ApiConfiguration.BASE)
@Tag(name = "Serving")
class ServingController {
  private final ServingStore store;

  ServingController(ServingStore store) {
    this.store = store;
  }

  @GetMapping("/serving/{dataset}/versions")
  @Operation(
      summary = "A dataset's current version and its kept versions, newest first",
      description =
          "Each version's state (staged, sealed, published, rolled_back), creation time,"
              + " producer, row count and score statistics (null until sealed).")
  ServingVersionsJson versions(@PathVariable("dataset") String dataset) {
    return view(dataset(dataset));
  }

  @PostMapping("/serving/{dataset}/rollback")
  @Operation(
      summary = "Serve the previous published version again",
      description =
          "The current version becomes rolled_back and is never served again. 409 when no"
              + " earlier published version is kept. Answers the dataset's versions afterwards.",
      security = @SecurityRequirement(name = "bearer"))
  ServingVersionsJson rollback(@PathVariable("dataset") String dataset) {
    ServingDataset which = dataset(dataset);
    store.rollback(which);
    return view(which);
  }

  private ServingVersionsJson view(ServingDataset dataset) {
    return ServingVersionsJson.of(
        dataset, store.reader().current(dataset), store.versions(dataset));
  }

  private static ServingDataset dataset(String name) {
    try {
      return ServingDataset.ofStoredName(name);
    } catch (IllegalArgumentException unknown) {
      throw ApiException.notFound(unknown.getMessage());
    }
  }
}

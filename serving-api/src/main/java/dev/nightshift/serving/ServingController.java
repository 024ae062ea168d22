package dev.nightshift.serving;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.document.TrendKey;
import dev.nightshift.precompute.serving.document.UserKey;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The serving endpoints. Parameters arrive as text and are parsed here so that a wrong one is a
 * 400 problem naming it. Every answer carries {@value #VERSION_HEADER} and an {@code ETag}.
 */
@RestController
class ServingController {
  static final String VERSION_HEADER = "Nightshift-Version";
  static final String NEXT_CURSOR_HEADER = "Nightshift-Next-Cursor";

  private final DocumentPages pages;
  private final ServingApiProperties properties;

  ServingController(DocumentPages pages, ServingApiProperties properties) {
    this.pages = pages;
    this.properties = properties;
  }

  @GetMapping("/api/feeds/{userId}")
  ResponseEntity<byte[]> feed(@PathVariable String userId,
      @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return userDocument(ServingDataset.FEEDS, "/api/feeds/" + userId, userId, limit, cursor, ifNoneMatch);
  }

  @GetMapping("/api/recommendations/{userId}")
  ResponseEntity<byte[]> recommendations(@PathVariable String userId,
      @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return userDocument(ServingDataset.RECOMMENDATIONS, "/api/recommendations/" + userId, userId,
        limit, cursor, ifNoneMatch);
  }

  @GetMapping("/api/trends")
  ResponseEntity<byte[]> trends(@RequestParam(required = false) String window,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    TrendKey key = RequestParameters.trendKey(window, region);
    int pageSize = RequestParameters.limit(limit, properties);
    ServedPage page = pages.page(ServingDataset.TRENDS, key.storedKey(),
        "window " + key.window() + " and region " + key.region(), RequestParameters.cursor(cursor),
        pageSize, ifNoneMatch);
    UriComponentsBuilder nextLink = UriComponentsBuilder.fromPath("/api/trends")
        .queryParam("window", key.window()).queryParam("region", key.region());
    return respond(page, nextLink, pageSize);
  }

  private ResponseEntity<byte[]> userDocument(ServingDataset dataset, String path, String userId,
      String limit, String cursor, String ifNoneMatch) {
    long user = RequestParameters.userId(userId);
    int pageSize = RequestParameters.limit(limit, properties);
    ServedPage page = pages.page(dataset, UserKey.of(user), "user " + user,
        RequestParameters.cursor(cursor), pageSize, ifNoneMatch);
    return respond(page, UriComponentsBuilder.fromPath(path), pageSize);
  }

  private static ResponseEntity<byte[]> respond(ServedPage page, UriComponentsBuilder link, int limit) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(VERSION_HEADER, Long.toString(page.version()));
    headers.setETag(page.etag());
    // Clients may keep a copy but must revalidate it: a publish changes the answer.
    headers.setCacheControl(CacheControl.noCache());
    if (page.notModified()) {
      return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
    }
    page.next().ifPresent(next -> {
      String cursor = next.encode();
      headers.set(NEXT_CURSOR_HEADER, cursor);
      String uri = link.queryParam("limit", limit).queryParam("cursor", cursor).build().toUriString();
      headers.set(HttpHeaders.LINK, "<" + uri + ">; rel=\"next\"");
    });
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new ResponseEntity<>(page.body(), headers, HttpStatus.OK);
  }

}

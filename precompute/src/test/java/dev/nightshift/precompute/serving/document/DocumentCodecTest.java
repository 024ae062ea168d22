package dev.nightshift.precompute.serving.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCodecTest {
  private final FeedDocument feed =
      new FeedDocument(
          42,
          List.of(
              new FeedDocument.Item(1, 7, Instant.parse("2026-11-25T10:00:00Z"), 0.9),
              new FeedDocument.Item(2, 8, Instant.parse("2026-11-25T09:00:00Z"), 0.5),
              new FeedDocument.Item(3, 9, Instant.parse("2026-11-25T08:00:00Z"), 0.1)));

  @Test
  void a_feed_is_encoded_without_version_and_with_iso_timestamps() {
    assertThat(new String(DocumentCodec.toBytes(feed), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"userId\":42,\"items\":[{\"postId\":1,\"authorId\":7,\"createdAt\":\"2026-11-25T10:00:00Z\",\"score\":0.9},"
                + "{\"postId\":2,\"authorId\":8,\"createdAt\":\"2026-11-25T09:00:00Z\",\"score\":0.5},"
                + "{\"postId\":3,\"authorId\":9,\"createdAt\":\"2026-11-25T08:00:00Z\",\"score\":0.1}]}");
    assertThat(feed.key()).isEqualTo("42");
    assertThat(feed.scoreSummary()).hasValue(0.5);
  }

  @Test
  void a_page_keeps_the_other_fields_and_slices_the_items() {
    byte[] page = DocumentCodec.page(DocumentCodec.toBytes(feed), 1, 5);

    FeedDocument sliced = DocumentCodec.fromBytes(page, FeedDocument.class);
    assertThat(sliced.userId()).isEqualTo(42);
    assertThat(sliced.items()).extracting(FeedDocument.Item::postId).containsExactly(2L, 3L);
    assertThat(
            DocumentCodec.fromBytes(
                    DocumentCodec.page(DocumentCodec.toBytes(feed), 9, 5), FeedDocument.class)
                .items())
        .isEmpty();
  }

  @Test
  void trend_keys_accept_windows_and_regions_of_the_documented_form() {
    assertThat(TrendKey.parse("24h", "global").storedKey()).isEqualTo("24h@global");
    assertThat(new TrendsDocument("15m", "8928308280fffff", List.of()).key())
        .isEqualTo("15m@8928308280fffff");
    assertThatThrownBy(() -> TrendKey.parse("1 hour", "global"))
        .isInstanceOfSatisfying(
            TrendKey.InvalidTrendKeyException.class,
            e -> assertThat(e.parameter()).isEqualTo("window"))
        .hasMessageContaining("such as 15m, 1h, 24h or 7d");
    assertThatThrownBy(() -> TrendKey.parse("1h", "Europe"))
        .isInstanceOfSatisfying(
            TrendKey.InvalidTrendKeyException.class,
            e -> assertThat(e.parameter()).isEqualTo("region"));
  }

  @Test
  void recommendations_round_trip_with_both_lists() {
    RecommendationsDocument doc =
        new RecommendationsDocument(
            5,
            List.of(new RecommendationsDocument.Item(9, "nearby", 0.8)),
            List.of(new RecommendationsDocument.Item(12, "mutual_follows", 3)));

    assertThat(new String(DocumentCodec.toBytes(doc), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"userId\":5,\"items\":[{\"candidateId\":9,\"reason\":\"nearby\",\"score\":0.8}],"
                + "\"peopleYouMayKnow\":[{\"candidateId\":12,\"reason\":\"mutual_follows\",\"score\":3.0}]}");
    assertThat(DocumentCodec.fromBytes(DocumentCodec.toBytes(doc), RecommendationsDocument.class))
        .isEqualTo(doc);
    assertThat(doc.scoreSummary()).as("validation measures the nearby list").hasValue(0.8);
    assertThat(new RecommendationsDocument(6, List.of(), doc.peopleYouMayKnow()).scoreSummary())
        .as("people-you-may-know alone gives no figure")
        .isEmpty();
  }

  @Test
  void a_recommendations_document_stored_before_people_you_may_know_decodes_with_an_empty_list() {
    byte[] stored =
        "{\"userId\":5,\"items\":[{\"candidateId\":9,\"reason\":\"liked_you\",\"score\":1.5}]}"
            .getBytes(StandardCharsets.UTF_8);

    RecommendationsDocument doc = DocumentCodec.fromBytes(stored, RecommendationsDocument.class);

    assertThat(doc.userId()).isEqualTo(5);
    assertThat(doc.items()).containsExactly(new RecommendationsDocument.Item(9, "liked_you", 1.5));
    assertThat(doc.peopleYouMayKnow()).isEmpty();
  }

  @Test
  void a_page_of_recommendations_slices_the_nearby_list_and_keeps_people_you_may_know_whole() {
    List<RecommendationsDocument.Item> known =
        List.of(
            new RecommendationsDocument.Item(20, "mutual_follows", 4),
            new RecommendationsDocument.Item(21, "mutual_follows", 2));
    RecommendationsDocument doc =
        new RecommendationsDocument(
            5,
            List.of(
                new RecommendationsDocument.Item(9, "liked_you", 1.5),
                new RecommendationsDocument.Item(10, "nearby", 0.9),
                new RecommendationsDocument.Item(11, "nearby", 0.7)),
            known);

    RecommendationsDocument page =
        DocumentCodec.fromBytes(
            DocumentCodec.page(DocumentCodec.toBytes(doc), 1, 1), RecommendationsDocument.class);

    assertThat(page.items()).extracting(RecommendationsDocument.Item::candidateId).containsExactly(10L);
    assertThat(page.peopleYouMayKnow()).isEqualTo(known);
  }
}

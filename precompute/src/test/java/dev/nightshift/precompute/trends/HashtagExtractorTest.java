package dev.nightshift.precompute.trends;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashtagExtractorTest {
  @Test
  void tags_are_lower_cased_distinct_and_in_order_of_first_appearance() {
    assertThat(HashtagExtractor.extract("Go #Rust and #java, then #RUST again #go_2"))
        .containsExactly("rust", "java", "go_2");
  }

  @Test
  void a_lone_hash_or_punctuation_is_no_tag() {
    assertThat(HashtagExtractor.extract("# #! price#")).isEmpty();
    assertThat(HashtagExtractor.extract(null)).isEmpty();
    assertThat(HashtagExtractor.extract("no tags here")).isEmpty();
  }

  @Test
  void tags_end_at_the_first_non_word_character_and_keep_unicode_letters() {
    assertThat(HashtagExtractor.extract("#Café-time #a.b")).containsExactly("café", "a");
  }
}

package dev.nightshift.precompute.trends;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one hashtag extractor: {@code #\w+}, lower-cased. Word characters are Unicode letters, digits
 * and underscore, so {@code #Café} is the tag {@code café}. Everything that counts, generates or
 * checks hashtags uses this, so that they agree on what a tag is.
 */
public final class HashtagExtractor {
  private static final Pattern TAG = Pattern.compile("#(\\w+)", Pattern.UNICODE_CHARACTER_CLASS);

  private HashtagExtractor() {}

  /** The distinct tags of {@code text} without the {@code #}, in order of first appearance. */
  public static List<String> extract(String text) {
    if (text == null || text.indexOf('#') < 0) {
      return List.of();
    }
    Set<String> tags = new LinkedHashSet<>();
    Matcher matcher = TAG.matcher(text);
    while (matcher.find()) {
      tags.add(matcher.group(1).toLowerCase(Locale.ROOT));
    }
    return new ArrayList<>(tags);
  }
}

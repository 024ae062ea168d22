package dev.nightshift.scheduler.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Replaces {@code {{ name }}} placeholders with values from a {@link TemplateContext}: {@code ds},
 * {@code ds_nodash}, {@code logical_date}, {@code data_interval_start}, {@code
 * data_interval_end}, {@code run_id}, {@code dag_id}, {@code task_id}, {@code try_number} and
 * {@code params.<name>}. Nothing is evaluated: anything else between the braces (an expression,
 * a filter, a call) is an error. Substituted values are not scanned again, so a parameter value
 * that contains {@code {{ }}} arrives as written. Stateless and thread-safe.
 */
public final class TemplateRenderer {

  public static final List<String> VARIABLES = List.of(
      "ds", "ds_nodash", "logical_date", "data_interval_start", "data_interval_end",
      "run_id", "dag_id", "task_id", "try_number");

  private static final String OPEN = "{{";
  private static final String CLOSE = "}}";
  private static final Pattern PARAM = Pattern.compile("params\\.([A-Za-z_][A-Za-z0-9_]*)");
  private static final DateTimeFormatter DS_NODASH = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final ObjectMapper JSON = new ObjectMapper();

  private TemplateRenderer() {}

  /** @throws TemplateException naming the placeholder that cannot be substituted */
  public static String render(String template, TemplateContext context) {
    return substitute(template, expression -> value(expression, context));
  }

  /**
   * Renders every string inside {@code args}, also inside nested maps and lists; other values are
   * kept. The result is unmodifiable.
   *
   * @throws TemplateException naming the argument, e.g. {@code args.command}, and the placeholder
   */
  public static Map<String, Object> renderArgs(Map<String, Object> args, TemplateContext context) {
    @SuppressWarnings("unchecked")
    Map<String, Object> rendered = (Map<String, Object>) walk(args, "args", text -> render(text, context));
    return rendered;
  }

  /**
   * Why a string in {@code value} (or inside its maps and lists) could never be rendered for a
   * DAG with these parameters, if one could not; used when a DAG file is loaded, so that a wrong
   * placeholder fails early.
   *
   * @param where how the value is named in the message, e.g. {@code args.command}
   */
  public static Optional<String> problem(Object value, String where, Set<String> paramNames) {
    try {
      walk(value, where, text -> substitute(text, expression -> {
        checkKnown(expression, paramNames);
        return "";
      }));
      return Optional.empty();
    } catch (TemplateException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Object walk(Object value, String where, UnaryOperator<String> renderText) {
    if (value instanceof String text) {
      try {
        return renderText.apply(text);
      } catch (TemplateException e) {
        throw new TemplateException(where + ": " + e.getMessage());
      }
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> rendered = new LinkedHashMap<>();
      map.forEach((key, item) -> rendered.put(key, walk(item, where + "." + key, renderText)));
      return Collections.unmodifiableMap(rendered);
    }
    if (value instanceof Collection<?> list) {
      List<Object> rendered = new ArrayList<>();
      for (Object item : list) {
        rendered.add(walk(item, where + "[" + rendered.size() + "]", renderText));
      }
      return Collections.unmodifiableList(rendered);
    }
    return value;
  }

  /** One pass from left to right; what a placeholder yields is copied, never looked at again. */
  private static String substitute(String template, Function<String, String> valueOf) {
    int open = template.indexOf(OPEN);
    if (open < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int from = 0;
    while (open >= 0) {
      int close = template.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        throw new TemplateException("'{{' at position " + open + " is never closed with '}}' in '" + template + "'");
      }
      out.append(template, from, open).append(valueOf.apply(template.substring(open + OPEN.length(), close).strip()));
      from = close + CLOSE.length();
      open = template.indexOf(OPEN, from);
    }
    return out.append(template, from, template.length()).toString();
  }

  private static void checkKnown(String expression, Set<String> paramNames) {
    if (VARIABLES.contains(expression)) {
      return;
    }
    var param = PARAM.matcher(expression);
    if (!param.matches()) {
      throw unknown(expression);
    }
    if (!paramNames.contains(param.group(1))) {
      throw new TemplateException("unknown parameter '" + param.group(1) + "' in '{{ " + expression
          + " }}' (declared: " + String.join(", ", paramNames.stream().sorted().toList()) + ")");
    }
  }

  private static String value(String expression, TemplateContext context) {
    checkKnown(expression, context.params().keySet());
    var param = PARAM.matcher(expression);
    if (param.matches()) {
      Object value = context.params().get(param.group(1));
      if (value == null) {
        throw new TemplateException("parameter '" + param.group(1) + "' has no value and no default");
      }
      return format(value);
    }
    ZonedDateTime logical = context.logicalDate().atZone(context.zone());
    return switch (expression) {
      case "ds" -> logical.format(DateTimeFormatter.ISO_LOCAL_DATE);
      case "ds_nodash" -> logical.format(DS_NODASH);
      case "logical_date" -> logical.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      case "data_interval_start" ->
          context.dataInterval().start().atZone(context.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      case "data_interval_end" ->
          context.dataInterval().end().atZone(context.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      case "run_id" -> context.runId();
      case "dag_id" -> context.dagId();
      case "task_id" -> context.taskId();
      case "try_number" -> Integer.toString(context.tryNumber());
      default -> throw unknown(expression);
    };
  }

  private static String format(Object value) {
    if (value instanceof Map || value instanceof Collection) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new TemplateException("parameter value cannot be written as JSON: " + e.getOriginalMessage());
      }
    }
    return String.valueOf(value);
  }

  private static TemplateException unknown(String expression) {
    return new TemplateException("unknown template expression '{{ " + expression + " }}': only "
        + String.join(", ", VARIABLES) + " and params.<name> are substituted; expressions, filters and calls are not evaluated");
  }
}

package dev.nightshift.platform.cli.client;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Prints an answer as an aligned table of chosen fields, or as the server's JSON. */
public final class Printer {
  private final PrintWriter out;
  private final OutputFormat format;

  Printer(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
  }

  /** A list answer: {@code items} under its envelope, shown as rows of {@code columns}. */
  public void list(JsonNode answer, String items, String... columns) {
    if (format == OutputFormat.json) {
      json(answer);
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(columns);
    for (JsonNode item : answer.path(items)) {
      String[] row = new String[columns.length];
      for (int i = 0; i < columns.length; i++) {
        row[i] = text(item.get(columns[i]));
      }
      rows.add(row);
    }
    table(rows);
    if (answer.has("total_entries")
        && answer.get("total_entries").asLong() > answer.path(items).size()) {
      out.println(
          "("
              + answer.path(items).size()
              + " of "
              + answer.get("total_entries").asLong()
              + "; use --limit and --offset for more)");
    }
    out.flush();
  }

  /** One object: a field per line in table form. */
  public void object(JsonNode answer, String... fields) {
    if (format == OutputFormat.json) {
      json(answer);
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (String field : fields) {
      rows.add(new String[] {field, text(answer.get(field))});
    }
    table(rows);
    out.flush();
  }

  public void json(JsonNode answer) {
    out.println(NightshiftClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
    out.flush();
  }

  public boolean isJson() {
    return format == OutputFormat.json;
  }

  private void table(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()
        || (value.isContainer() && value.isEmpty())) {
      return "-";
    }
    if (value.isArray() && value.size() > 0 && value.get(0).has("name")) {
      List<String> names = new ArrayList<>();
      value.forEach(v -> names.add(v.get("name").asString()));
      return String.join(",", names);
    }
    return value.isValueNode() ? value.asString() : value.toString();
  }
}

package dev.nightshift.platform.api.problem;

/**
 * One invalid input: {@code field} names a query parameter, a path variable or a body field ({@code
 * conf.x}); {@code pointer} is the JSON pointer for body fields, else null.
 */
public record FieldProblem(String field, String pointer, String message) {

  public static FieldProblem parameter(String name, String message) {
    return new FieldProblem(name, null, message);
  }

  public static FieldProblem body(String path, String message) {
    return new FieldProblem(path, "/" + path.replace('.', '/'), message);
  }
}

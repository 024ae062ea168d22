package dev.nightshift.airflow.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Airflow's official OpenAPI documents, used to check requests and answers: the operation
 * for a method and path, its query parameters and request body, and the answer's schema for its
 * status and content type. Schemas are checked with networknt's validator in its OpenAPI 3.0
 * dialect ({@code nullable}), which both documents use.
 */
public final class OpenApiSpec {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String iri;
  private final JsonNode document;
  private final String pathPrefix;
  private final List<Template> templates = new ArrayList<>();
  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
      .nullableKeywordEnabled(true).formatAssertionsEnabled(true).build();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  private record Template(String path, Pattern pattern, int variables) {}

  /** An operation of the document: its JSON pointer and node. */
  public record Operation(String pointer, JsonNode node, String template) {}

  /**
   * @param resource the document on the class path
   * @param pathPrefix what the server puts before the document's paths ({@code /api/v1} for v1,
   *     whose paths are relative to its server URL; empty for v2)
   */
  public OpenApiSpec(String resource, String pathPrefix) {
    String text;
    try (InputStream in = OpenApiSpec.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      document = YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.iri = "https://spec.airflow.test" + resource;
    this.pathPrefix = pathPrefix;
    String json = document.toString();
    // The document's own keys (paths, components, info …) are not schema keywords: kept silent.
    JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
        .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword)).build();
    factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
        .metaSchema(dialect)
        .defaultMetaSchemaIri(dialect.getIri())
        .schemaLoaders(loaders -> loaders.schemas(Map.of(iri, json))));
    document.path("paths").fieldNames().forEachRemaining(path -> {
      Matcher vars = Pattern.compile("\\{[^}]+}").matcher(path);
      int count = 0;
      StringBuilder regex = new StringBuilder();
      int last = 0;
      while (vars.find()) {
        regex.append(Pattern.quote(path.substring(last, vars.start()))).append("([^/]+)");
        last = vars.end();
        count++;
      }
      regex.append(Pattern.quote(path.substring(last)));
      templates.add(new Template(path, Pattern.compile(regex.toString()), count));
    });
    templates.sort(Comparator.comparingInt(Template::variables)); // literal paths win, as in routers
  }

  /**
   * The property names a schema of {@code components/schemas} declares, with those of the schemas
   * it is made of by {@code allOf} and {@code $ref}.
   */
  public Set<String> declaredProperties(String schemaName) {
    Set<String> names = new TreeSet<>();
    collectProperties(document.path("components").path("schemas").path(schemaName), names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no schema " + schemaName + " with properties");
    }
    return names;
  }

  private void collectProperties(JsonNode schema, Set<String> names) {
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#/")) {
      collectProperties(document.at(ref.substring(1)), names);
    }
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    schema.path("allOf").forEach(part -> collectProperties(part, names));
  }

  /** The operation serving the method and the path as the server sees it. */
  public Optional<Operation> operation(String method, String path) {
    if (!path.startsWith(pathPrefix)) {
      return Optional.empty();
    }
    String relative = path.substring(pathPrefix.length());
    for (Template template : templates) {
      if (template.pattern().matcher(relative).matches()) {
        String m = method.toLowerCase(Locale.ROOT);
        JsonNode op = document.path("paths").path(template.path()).get(m);
        if (op != null) {
          return Optional.of(new Operation("/paths/" + escape(template.path()) + "/" + m, op, template.path()));
        }
      }
    }
    return Optional.empty();
  }

  /** What is wrong with a request to the operation; empty when it follows the document. */
  public List<String> checkRequest(Operation op, Map<String, String> query, String body) {
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> declared = new java.util.HashMap<>();
    for (JsonNode param : parameters(op)) {
      String in = param.path("in").asText();
      String name = param.path("name").asText();
      if (in.equals("query")) {
        declared.put(name, param);
        if (param.path("required").asBoolean() && !query.containsKey(name)) {
          problems.add("required query parameter '" + name + "' is missing");
        }
      }
    }
    query.forEach((name, value) -> {
      JsonNode param = declared.get(name);
      if (param == null) {
        problems.add("query parameter '" + name + "' is not declared by " + op.template());
        return;
      }
      JsonNode schema = param.path("schema");
      validate(schemaAt(pointerOf(param) + "/schema", schema), typed(value, schema), "query parameter '" + name + "'", problems);
    });
    JsonNode requestBody = resolve(op.node().path("requestBody"));
    if (requestBody.isMissingNode()) {
      return problems;
    }
    JsonNode media = requestBody.path("content").path("application/json");
    if (body == null || body.isEmpty()) {
      if (requestBody.path("required").asBoolean()) {
        problems.add("the request body is required");
      }
      return problems;
    }
    try {
      JsonNode value = JSON.readTree(body);
      validate(schemaAt(pointerOf(media) + "/schema", media.path("schema")), value, "request body", problems);
    } catch (IOException e) {
      problems.add("the request body is not JSON: " + e.getMessage());
    }
    return problems;
  }

  /** What is wrong with an answer of the operation; empty when it follows the document. */
  public List<String> checkResponse(Operation op, int status, String contentType, String body) {
    List<String> problems = new ArrayList<>();
    JsonNode responses = op.node().path("responses");
    JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status)) : responses.get("default");
    if (response == null) {
      problems.add("status " + status + " is not declared by " + op.template());
      return problems;
    }
    response = resolve(response);
    JsonNode content = response.path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return problems;
    }
    String type = contentType == null ? "" : contentType.split(";")[0].trim();
    JsonNode media = content.get(type);
    if (media == null) {
      problems.add("content type '" + type + "' is not declared for status " + status + " of " + op.template());
      return problems;
    }
    if (!type.equals("application/json")) {
      return problems;
    }
    try {
      validate(schemaAt(pointerOf(media) + "/schema", media.path("schema")), JSON.readTree(body),
          "answer " + status, problems);
    } catch (IOException e) {
      problems.add("answer " + status + " is not JSON: " + e.getMessage());
    }
    return problems;
  }

  private List<JsonNode> parameters(Operation op) {
    List<JsonNode> all = new ArrayList<>();
    JsonNode pathItem = document.path("paths").path(op.template());
    for (JsonNode list : new JsonNode[] {pathItem.path("parameters"), op.node().path("parameters")}) {
      list.forEach(p -> all.add(resolve(p)));
    }
    return all;
  }

  // Resolved nodes are found again by identity to learn their pointer, so that the schema
  // validator resolves the $refs inside them against the document.
  private final Map<JsonNode, String> pointers = new java.util.IdentityHashMap<>();

  private synchronized String pointerOf(JsonNode node) {
    if (pointers.isEmpty()) {
      index(document, "");
    }
    String pointer = pointers.get(node);
    if (pointer == null) {
      throw new IllegalStateException("node not in the document");
    }
    return pointer;
  }

  private void index(JsonNode node, String pointer) {
    pointers.put(node, pointer);
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        index(e.getValue(), pointer + "/" + escape(e.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        index(node.get(i), pointer + "/" + i);
      }
    }
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    return resolve(document.at(ref.asText().substring(1)));
  }

  private JsonSchema schemaAt(String pointer, JsonNode schema) {
    return schemas.computeIfAbsent(pointer, p ->
        factory.getSchema(SchemaLocation.of(iri + "#" + p), config));
  }

  private static void validate(JsonSchema schema, JsonNode value, String what, List<String> problems) {
    for (ValidationMessage message : schema.validate(value)) {
      problems.add(what + ": " + message.getMessage());
    }
  }

  private static JsonNode typed(String value, JsonNode schema) {
    String type = schema.path("type").asText();
    if (type.equals("array")) {
      com.fasterxml.jackson.databind.node.ArrayNode values = JSON.createArrayNode();
      for (String item : value.split(",")) {
        values.add(typed(item, schema.path("items")));
      }
      return values;
    }
    try {
      return switch (type) {
        case "integer" -> LongNode.valueOf(Long.parseLong(value));
        case "boolean" -> value.equals("true") || value.equals("false") ? BooleanNode.valueOf(Boolean.parseBoolean(value)) : TextNode.valueOf(value);
        default -> TextNode.valueOf(value);
      };
    } catch (NumberFormatException e) {
      return TextNode.valueOf(value);
    }
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}

package dev.nightshift.scheduler.dag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped JSON Schema and the parser agree on the example and the invalid files. */
class DagFileSchemaTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "dags");
  private static final Path INVALID = Path.of("src", "test", "resources", "dag-files", "invalid");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static JsonSchema schema;
  private final DagFileParser parser = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES);

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = DagFileParser.class.getResourceAsStream("dag-file.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static List<Path> examples() throws IOException {
    return yamlFiles(EXAMPLES);
  }

  static List<Path> invalidFiles() throws IOException {
    return yamlFiles(INVALID);
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(yaml).isNotEmpty();
      return yaml;
    }
  }

  private static Set<ValidationMessage> schemaErrors(Path file) throws IOException {
    JsonNode document = YAML.readTree(file.toFile());
    return schema.validate(document);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_example_matches_the_schema_and_parses(Path file) throws IOException {
    assertThat(schemaErrors(file)).isEmpty();
    ParsedDagFile parsed = parser.parse(file);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.dag().source()).isEqualTo(file.toString());
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void an_invalid_file_is_rejected_by_the_schema_and_the_parser(Path file) throws IOException {
    assertThat(schemaErrors(file)).isNotEmpty();
    assertThat(parser.parse(file).errors()).isNotEmpty();
  }
}

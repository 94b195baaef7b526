package org.throughcareatlas.hsds;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official HSDS 3.0 schemas and the Open Referral UK profile's, read from {@code
 * ../shared/hsds} beside the clone (never copied into the project), with formats (uuid, email, uri,
 * date-time) checked. Relative {@code $ref}s resolve within each schema folder.
 */
final class HsdsSchemas {

  /** Where the reference material is: the module runs its tests in its own folder. */
  static final Path SHARED = Path.of("..", "..", "shared", "hsds").toAbsolutePath().normalize();

  static final Path HSDS = SHARED.resolve("hsds-3.0");
  static final Path ORUK = SHARED.resolve("oruk");

  private static final String HSDS_BASE = "https://hsds.test/hsds-3.0/schema/";
  private static final String ORUK_BASE =
      "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  mappers ->
                      mappers
                          .mapPrefix(HSDS_BASE, HSDS.resolve("schema").toUri().toString())
                          .mapPrefix(ORUK_BASE, ORUK.resolve("schema").toUri().toString())));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

  private HsdsSchemas() {}

  static void requirePresent() {
    if (!Files.isDirectory(HSDS.resolve("schema")) || !Files.isDirectory(ORUK.resolve("schema"))) {
      throw new IllegalStateException(
          "The HSDS schemas are expected in " + SHARED + " (../shared beside the clone).");
    }
  }

  /** An official HSDS 3.0 schema, e.g. {@code service.json}. */
  static JsonSchema hsds(String file) {
    requirePresent();
    return CACHE.computeIfAbsent(
        "hsds:" + file, f -> FACTORY.getSchema(SchemaLocation.of(HSDS_BASE + file), CONFIG));
  }

  /** An Open Referral UK schema, e.g. {@code compiled/service.json} or {@code taxonomy.json}. */
  static JsonSchema oruk(String file) {
    requirePresent();
    return CACHE.computeIfAbsent(
        "oruk:" + file, f -> FACTORY.getSchema(SchemaLocation.of(ORUK_BASE + file), CONFIG));
  }

  /** The problems of {@code json} against {@code schema}; empty when it validates. */
  static List<String> problems(JsonSchema schema, String json) {
    Set<ValidationMessage> messages = schema.validate(json, InputFormat.JSON);
    return messages.stream().map(ValidationMessage::toString).sorted().toList();
  }
}

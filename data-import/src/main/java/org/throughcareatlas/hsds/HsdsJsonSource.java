package org.throughcareatlas.hsds;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS 3.0 JSON, streamed: a single service or organization object, a paged list ({@code
 * {"contents": [...]}}), or an array of them. Only one service or organization is held in memory at
 * a time (as a tree), so a file of any size is read in constant memory.
 */
final class HsdsJsonSource implements ImportSource {

  static final ObjectMapper JSON = JsonMapper.builder().build();

  private final String name;
  private final long size;
  private final Supplier<InputStream> open;

  HsdsJsonSource(String name, long size, Supplier<InputStream> open) {
    this.name = name;
    this.size = size;
    this.open = open;
  }

  static HsdsJsonSource of(Path file) throws IOException {
    long size = Files.size(file);
    return new HsdsJsonSource(
        file.getFileName().toString(),
        size,
        () -> {
          try {
            return Files.newInputStream(file);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void read(Consumer<ImportDocument> documents, LongConsumer bytesRead) throws IOException {
    try (CountingStream in = new CountingStream(open.get(), bytesRead);
        JsonParser parser = JSON.createParser(new BufferedInputStream(in, 1 << 16))) {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw unreadable(
              parser, "an HSDS service, organization, list or array; the file is empty");
        }
        if (first == JsonToken.START_ARRAY) {
          readArray(parser, "$", documents);
        } else if (first == JsonToken.START_OBJECT) {
          readTopObject(parser, documents);
        } else {
          throw unreadable(parser, "a JSON object or array at the start of the file");
        }
        if (parser.nextToken() != null) {
          throw unreadable(parser, "the end of the file after the top-level value");
        }
      } catch (JacksonException e) {
        throw new ImportFileException(
            ImportProblem.error(
                name + ":" + where(e.getLocation(), parser),
                "",
                "well-formed JSON in UTF-8 (" + firstLine(e.getOriginalMessage()) + ")"));
      }
    }
  }

  private void readArray(JsonParser parser, String path, Consumer<ImportDocument> documents) {
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw unreadable(parser, "the rest of the array (the file ends in the middle of it)");
      }
      String where = path + "[" + index + "]";
      if (token != JsonToken.START_OBJECT) {
        throw new ImportFileException(
            ImportProblem.error(
                name + ":" + where, "", "a service or organization object, found " + token));
      }
      ObjectNode node = parser.readValueAsTree();
      documents.accept(document(where, node));
      index++;
    }
  }

  /**
   * A top-level object is either a paged list (its {@code contents} streamed one by one) or one
   * service or organization. Properties other than {@code contents} are small and read as a tree.
   */
  private void readTopObject(JsonParser parser, Consumer<ImportDocument> documents) {
    ObjectNode rest = JSON.createObjectNode();
    boolean list = false;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (token == null) {
        throw unreadable(parser, "the rest of the object (the file ends in the middle of it)");
      }
      String property = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("contents".equals(property) && value == JsonToken.START_ARRAY) {
        list = true;
        readArray(parser, "$.contents", documents);
      } else {
        JsonNode node = parser.readValueAsTree();
        rest.set(property, node);
      }
    }
    if (!list) {
      documents.accept(document("$", rest));
    }
  }

  private ImportDocument document(String where, ObjectNode node) {
    return new ImportDocument(name + ":" + where, typeOf(node), node);
  }

  /**
   * A service has a status, an organization or service-only arrays; anything else is taken as an
   * organization.
   */
  static ImportDocument.Type typeOf(JsonNode node) {
    for (String serviceField :
        new String[] {
          "status",
          "organization",
          "organization_id",
          "service_areas",
          "service_at_locations",
          "program",
          "required_documents",
          "cost_options"
        }) {
      if (node.has(serviceField)) {
        return ImportDocument.Type.SERVICE;
      }
    }
    return ImportDocument.Type.ORGANIZATION;
  }

  private ImportFileException unreadable(JsonParser parser, String expected) {
    return new ImportFileException(
        ImportProblem.error(name + ":" + where(parser.currentLocation(), parser), "", expected));
  }

  private static String where(TokenStreamLocation location, JsonParser parser) {
    String path = parser.streamReadContext().pathAsPointer().toString();
    String at =
        location == null
            ? "?"
            : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    return at + (path.isEmpty() ? "" : " (JSON pointer " + path + ")");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** Counts the bytes read, for progress by bytes. */
  static final class CountingStream extends FilterInputStream {
    private final LongConsumer bytesRead;
    private long count;

    CountingStream(InputStream in, LongConsumer bytesRead) {
      super(in);
      this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesRead.accept(++count);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
        bytesRead.accept(count);
      }
      return n;
    }
  }
}

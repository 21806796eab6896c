package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * yente's published response models, checked from the other side: {@code yente/yente-models.schema.json} (test
 * resources) is the JSON Schema of yente's pydantic models as FastAPI publishes them in yente's OpenAPI, transcribed
 * at pinned versions (yente 5.5.0, 5.0.0 and 4.5.1; each definition names its source), and networknt's
 * json-schema-validator (draft 2020-12) checks an answer against one of its definitions.
 *
 * <pre>{@code
 * assertThat(YenteModels.errors("EntityMatchResponse", answer.json())).isEmpty();
 * }</pre>
 */
final class YenteModels {
    /** The answer of {@code POST /match} in the current (5.5), the 5.0 and the 4.x models. */
    static final String MATCH = "EntityMatchResponse";
    static final String MATCH_50 = "EntityMatchResponse50";
    static final String MATCH_4 = "EntityMatchResponse4";

    private static final ObjectNode MODELS = read();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private YenteModels() {
    }

    private static ObjectNode read() {
        try (InputStream in = YenteModels.class.getResourceAsStream("yente/yente-models.schema.json")) {
            return (ObjectNode) Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each way {@code json} breaks yente's model {@code model} (a name under {@code $defs}); empty when it conforms. */
    static List<String> errors(String model, JsonNode json) {
        Schema schema = SCHEMAS.computeIfAbsent(model, m -> {
            if (!MODELS.path("$defs").has(m)) {
                throw new IllegalArgumentException("no yente model " + m);
            }
            ObjectNode root = MODELS.deepCopy();
            root.put("$ref", "#/$defs/" + m);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root.toString(), InputFormat.JSON);
        });
        return schema.validate(json).stream().map(Error::toString).toList();
    }
}

package org.kordon.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.store.AlertStatus;
import org.kordon.store.Outcome;

/** The server's one JSON mapper: records as objects, dates as ISO text, enums in their API spelling. */
final class Json {
    static final ObjectMapper MAPPER = build();

    private Json() {
    }

    private static ObjectMapper build() {
        SimpleModule m = new SimpleModule("kordon");
        m.addSerializer(OffsetDateTime.class, text(OffsetDateTime.class, OffsetDateTime::toString));
        m.addSerializer(PartialDate.class, text(PartialDate.class, PartialDate::toString));
        m.addSerializer(Schema.class, text(Schema.class, Schema::ftmName));
        m.addSerializer(AlertStatus.class, text(AlertStatus.class, AlertStatus::label));
        m.addSerializer(Outcome.class, text(Outcome.class, Outcome::label));
        JsonMapper mapper = JsonMapper.builder().addModule(m).build();
        // hostile input: bounded nesting and string sizes (the body itself is bounded by ServerConfig)
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxStringLength(1 << 20).maxNumberLength(64).build());
        return mapper;
    }

    private static <T> StdSerializer<T> text(Class<T> type, Function<T, String> f) {
        return new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(f.apply(value));
            }
        };
    }
}

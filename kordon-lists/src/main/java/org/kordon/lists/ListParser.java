package org.kordon.lists;

import java.io.IOException;

/** Reads one file of one format and streams its entities to {@link ParseContext#emit}. */
interface ListParser {
    /**
     * Parses {@code ctx.file()}.
     *
     * @throws ListFormatException for malformed input (strict mode), naming file, place and field
     * @throws IOException          when the file cannot be read
     */
    void parse(ParseContext ctx) throws IOException;
}

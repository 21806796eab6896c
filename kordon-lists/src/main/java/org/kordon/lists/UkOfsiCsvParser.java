package org.kordon.lists;

/** Placeholder until the parser lands: refuses every file, so nothing half-read is ever returned. */
final class UkOfsiCsvParser implements ListParser {
    @Override
    public void parse(ParseContext ctx) {
        throw ctx.error(null, null, "this format is not supported yet");
    }
}

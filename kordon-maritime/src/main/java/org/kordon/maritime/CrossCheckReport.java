package org.kordon.maritime;

import java.util.List;
import java.util.Map;

/**
 * The figures of a {@link CrossCheck}: named counts in a fixed order, and a few examples to look at.
 *
 * @param counts   e.g. {@code "shadow-fleet tankers listed by EU" -> 436}, in report order
 * @param examples one line per example, e.g. a vessel listed under a name other than its current one
 */
public record CrossCheckReport(Map<String, Long> counts, List<String> examples) {
    public CrossCheckReport {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        examples = List.copyOf(examples);
    }

    /** The report as text, one {@code count  label} line per figure, then the examples. */
    public String text() {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, "%7d  %s%n", v, k)));
        if (!examples.isEmpty()) {
            b.append(String.format("examples:%n"));
            examples.forEach(e -> b.append("  ").append(e).append(String.format("%n")));
        }
        return b.toString();
    }
}

package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kordon.documents.DocumentScanner;
import org.kordon.documents.DocumentText;
import org.kordon.documents.Listing;
import org.kordon.documents.Mention;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.ResolvedEntity;
import org.kordon.review.Workflow;

/**
 * {@code POST /scan}: the people, organisations, vessels and IMO numbers a text names, and which are listed, as
 * {@code kordon scan --json} reports them.
 *
 * <pre>{@code
 * {"text": "Talks with Vladimir Putin's envoy."}             // or {"text": "<p>...</p>", "content_type": "html"}
 * -> {"chars": 34, "mentions": [{"start": 11, "end": 27, "text": "Vladimir Putin's", "kind": "name", "status": "listed",
 *      "note": "", "listings": [{"entity_id": "...", "caption": "...", "schema": "Person", "score": 0.97,
 *      "authorities": ["OFAC"], "programs": [...], "explanation": "..."}]}]}
 * }</pre>
 *
 * <p>Offsets are UTF-16 char indices into the text (for HTML: into its visible text, answered as {@code text} then).
 * The text is bounded by the body limit ({@link ServerConfig#maxBodyBytes}); the scanner is built from the lists in
 * force on first use and again after a reload. Read-only access.
 */
public final class ScanRoutes implements Routes {
    private final PerSnapshot<DocumentScanner> scanners;
    /** The resolved entity of a listing id, or null: none known. */
    private final Function<String, String> partyOf;

    /** @param snapshots the lists in force (e.g. {@code workflow::snapshot}); parties told by the scanner's own rules */
    public ScanRoutes(Supplier<ListSnapshot> snapshots) {
        this.scanners = new PerSnapshot<>(snapshots, DocumentScanner::build);
        this.partyOf = id -> null;
    }

    /**
     * @param workflow the lists in force and their resolution: a mention's candidates are grouped by resolved entity,
     *                 joined with the entities it is possibly the same as ({@code resolved_id} on each listing)
     */
    public ScanRoutes(Workflow workflow) {
        this(workflow, scanners(workflow));
    }

    /** As {@link #ScanRoutes(Workflow)}, with a scanner shared with other routes (payments' free text). */
    ScanRoutes(Workflow workflow, PerSnapshot<DocumentScanner> scanners) {
        this.scanners = scanners;
        this.partyOf = id -> workflow.resolved().entity(id).map(ResolvedEntity::id).orElse(null);
    }

    /**
     * The document scanner over the lists in force, rebuilt after a reload: a mention's candidates grouped by resolved
     * entity, joined with the entities it is possibly the same as.
     */
    static PerSnapshot<DocumentScanner> scanners(Workflow workflow) {
        return new PerSnapshot<>(workflow::snapshot, snapshot -> {
            Map<String, String> parties = workflow.resolved().resolution().possiblySameParties();
            return DocumentScanner.build(snapshot, id -> parties.getOrDefault(id, id));
        });
    }

    @Override
    public void register(Router r) {
        r.post("/scan", Access.READ, this::scan);
    }

    private Object scan(Call c) {
        JsonNode body = c.body();
        JsonNode t = body.get("text");
        if (t == null || !t.isTextual()) {
            throw Problem.invalid("text", "is required, a string");
        }
        String type = Call.text(body, "", "content_type", false, 40);
        String text = t.asText();
        boolean html;
        if (type == null || type.equalsIgnoreCase("text") || type.equalsIgnoreCase("text/plain")) {
            html = false;
        } else if (type.equalsIgnoreCase("html") || type.equalsIgnoreCase("text/html")) {
            html = true;
        } else {
            throw Problem.invalid("content_type", "must be text or html, got '" + type + "'");
        }
        if (html) {
            text = DocumentText.htmlText(text);
        }
        if (text.length() > DocumentScanner.MAX_TEXT_CHARS) {
            throw Problem.invalid("text", "longer than " + DocumentScanner.MAX_TEXT_CHARS + " chars; split the document");
        }
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Mention m : scanners.get().scan(text)) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", m.start());
            x.put("end", m.end());
            x.put("text", m.text());
            x.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
            x.put("status", m.status().label());
            x.put("note", m.note());
            List<Map<String, Object>> listings = new ArrayList<>();
            for (Listing l : m.listings()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("entity_id", l.entityId());
                y.put("resolved_id", partyOf.apply(l.entityId()));
                y.put("caption", l.caption());
                y.put("schema", l.schema());
                y.put("score", Math.round(l.score() * 10000) / 10000.0);
                y.put("authorities", l.authorities());
                y.put("programs", l.programs());
                y.put("explanation", l.explanation());
                listings.add(y);
            }
            x.put("listings", listings);
            mentions.add(x);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chars", text.length());
        if (html) {
            out.put("text", text);
        }
        out.put("mentions", mentions);
        return out;
    }
}

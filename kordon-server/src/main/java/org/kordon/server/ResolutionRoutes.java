package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kordon.resolution.Judgement;
import org.kordon.resolution.JudgementOutcome;
import org.kordon.resolution.Link;
import org.kordon.resolution.ResolvedEntity;
import org.kordon.review.Workflow;
import org.kordon.store.ResolutionJudgement;

/**
 * Analysts' judgements on the resolution of listings into entities (docs/RESOLUTION.md, "Judgements"): join two
 * listings' entities, or split two listings apart. A judgement is recorded with the audit trail, the lists in force
 * are resolved again at once and every later resolution respects it.
 *
 * <pre>{@code
 * POST /resolution/judgements {"kind":"split","a":"ofac-sdn:35096","b":"uk:14196","analyst":"anna","reason":"two men"}
 * // 201 {"judgement":{"id":1,"kind":"split",...},"status":"applied","detail":"kept apart: ...","entities":[...],...}
 * GET /resolution/judgements
 * // {"total":1,"results":[{"id":1,"kind":"split",...,"status":"applied","detail":"kept apart: ..."}],"mayJudge":true}
 * }</pre>
 */
final class ResolutionRoutes implements Routes {
    private final Workflow wf;

    ResolutionRoutes(Workflow wf) {
        this.wf = wf;
    }

    @Override
    public void register(Router r) {
        r.post("/resolution/judgements", Access.WRITE, this::judge);
        r.get("/resolution/judgements", Access.READ, this::judgements);
    }

    /**
     * Records a judgement: 201 with the judgement as recorded, what the new resolution did with it and the entities of
     * its two listings now; 400 naming the field when one is missing or wrong (a join across incompatible schemata
     * names {@code b}); 404 when a listing is not in the lists in force; 403 when the key may not name the analyst.
     */
    private Object judge(Call c) {
        JsonNode b = c.body();
        Judgement.Kind kind;
        try {
            kind = Judgement.Kind.parse(Call.text(b, "", "kind", true, 20));
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
        String listingA = Call.text(b, "", "a", true, Judgement.MAX_LISTING_ID);
        String listingB = Call.text(b, "", "b", true, Judgement.MAX_LISTING_ID);
        String analyst = c.analyst(Call.text(b, "", "analyst", false, Judgement.MAX_ANALYST));
        String reason = Call.text(b, "", "reason", true, Judgement.MAX_REASON);
        Workflow.Judged judged;
        try {
            judged = wf.judge(new Judgement(kind, listingA, listingB, analyst, reason, Instant.now()), c.caller());
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
        c.status(201);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("judgement", view(judged.judgement(), Optional.of(judged.outcome())));
        m.put("entities", judged.entities().stream().map(ResolutionRoutes::entity).toList());
        m.put("rescreened", judged.rescreened());
        m.put("opened", judged.opened());
        return m;
    }

    /**
     * Every judgement recorded, in the order judged, with what the resolution in force did with it, and
     * {@code mayJudge}: whether the caller's key may record one (the web page offers its controls only then).
     */
    private Object judgements(Call c) {
        List<Object> results = wf.store().judgements().stream().map(j -> (Object) view(j, wf.outcome(j))).toList();
        return Map.of("total", results.size(), "results", results, "mayJudge", c.mayWrite());
    }

    /** A validation message of the form {@code "field: what is wrong"} as a 400 naming the field. */
    private static Problem invalid(IllegalArgumentException e) {
        String msg = String.valueOf(e.getMessage());
        int colon = msg.indexOf(": ");
        if (colon > 0 && List.of("kind", "a", "b", "analyst", "reason").contains(msg.substring(0, colon))) {
            return Problem.invalid(msg.substring(0, colon), msg.substring(colon + 2));
        }
        return Problem.invalid(null, msg);
    }

    private static Map<String, Object> view(ResolutionJudgement j, Optional<JudgementOutcome> outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("kind", j.kind());
        m.put("a", j.listingA());
        m.put("b", j.listingB());
        m.put("analyst", j.analyst());
        m.put("principal", j.principal());
        m.put("reason", j.reason());
        m.put("judgedAt", j.judgedAt());
        // a judgement recorded by another server on the same database since this one last resolved the lists
        m.put("status", outcome.map(o -> o.status().label()).orElse("not resolved yet on this server"));
        m.put("detail", outcome.map(JudgementOutcome::detail).orElse("respected from this server's next resolution of the lists"));
        return m;
    }

    private static Map<String, Object> entity(ResolvedEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("caption", e.caption());
        m.put("schema", e.schema().ftmName());
        m.put("listings", e.summaries());
        m.put("links", e.links().stream().map(ResolutionRoutes::link).toList());
        return m;
    }

    private static Map<String, Object> link(Link l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", l.from());
        m.put("to", l.to());
        m.put("reason", l.reason().label());
        m.put("evidence", l.evidence());
        return m;
    }
}

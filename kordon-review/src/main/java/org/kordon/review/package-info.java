/**
 * The review workflow: screens the bank's subjects into alerts (by name through kordon-matching, by ownership through
 * kordon-ownership), records analysts' decisions, loads list versions and re-screens only what a new version touches.
 * Everything it decides is recorded through kordon-store, which knows no engine.
 *
 * <pre>{@code
 * Workflow wf = Workflow.open(store, ListLoad.of(paths, loaded), Screeners.DEFAULT_THRESHOLD);
 * Workflow.Screening s = wf.screen(new Subject("C-1", "Vladimir Putin", null, null, null, List.of(), true), "api");
 * wf.decide(s.alerts().get(0).id(), Outcome.FALSE_POSITIVE, "anna", "different person: born 1981");
 * }</pre>
 *
 * <p>The public API is {@link org.kordon.review.Workflow} (+ {@code Delta}, {@code Screening}, {@code Stakes}),
 * {@link org.kordon.review.ListLoad} and {@link org.kordon.review.ScreenedPartyResolver} (ownership-graph names
 * linked to the lists with the screener: here because review is where matching and ownership both are visible);
 * the subject index of the delta and the content hashes are package-private.
 */
package org.kordon.review;

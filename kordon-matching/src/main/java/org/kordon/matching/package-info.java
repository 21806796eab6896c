/**
 * Kordon's screening engine: finds the listed entities a name (and, when known, a birth date, country,
 * schema and identifiers) may be, with scores that order alerts and explain themselves.
 *
 * <pre>{@code
 * Screener s = Screeners.build(snapshot, Algorithm.KORDON);
 * for (Match m : s.screen(Query.of("Vladimir Putin"), Screeners.DEFAULT_THRESHOLD, 10)) {
 *     System.out.println(m.score() + " " + m.explanation().summary());
 * }
 * }</pre>
 *
 * <p>The public API is {@link org.kordon.matching.Query}, {@link org.kordon.matching.Match},
 * {@link org.kordon.matching.Explanation}, {@link org.kordon.matching.Contribution},
 * {@link org.kordon.matching.Algorithm}, {@link org.kordon.matching.Screener},
 * {@link org.kordon.matching.Screeners} and {@link org.kordon.matching.QueryFields} (a subject from the fields of a
 * queries.csv row, shared by {@code kordon screen} and Kordon on Spark); everything else is package-private.
 *
 * <h2>How a name is matched</h2>
 * <ol>
 *   <li>{@code NameAnalyzer} runs every name through one chain: {@code TextNormalizer} (NFKC, case fold,
 *       punctuation) → {@code ScriptTransliterator} (ICU; Cyrillic by BGN-like rules incl. Kazakh letters)
 *       → {@code Tokenizer} → {@code RomanisationFolder} (Yury/Yuriy/Iurii → iuri) → {@code WordEquivalents}
 *       (Євген/Yevhen → evgeni, завод → plant, from versioned resource files) → {@code PhraseFilter}
 *       (legal forms, titles, connecting words from versioned resource files) → {@code PhoneticKeys}.
 *   <li>{@code NameIndex} (built once) files every distinct word under its keys (itself and its one-letter
 *       deletions, Double Metaphone, consonant skeleton, patronymic stem), with its IDF (a place name's capped:
 *       {@code place-names.txt}) and the names holding it.
 *   <li>{@code QueryPlan} links each query word to the listed words sharing a key, with their similarity
 *       ({@code TokenSimilarity}), and to a listed word equal to the query word with two letters swapped back (a
 *       typo across a digraph folding rewrites); {@code KordonScreener} walks the linked words' postings to bound each
 *       name's score and scores only names that can reach the threshold ({@code NameScorer}), then applies
 *       {@code SecondaryEvidence}. The candidates equal a full scan's by construction (tested).
 * </ol>
 */
package org.kordon.matching;

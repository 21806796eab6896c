/**
 * Names in free text: which people, organisations, banks and vessels a news item, report or transcript names, and
 * which of them are listed.
 *
 * <pre>{@code
 * DocumentScanner scanner = DocumentScanner.build(snapshot);
 * DocumentText doc = DocumentText.read(Path.of("report.pdf"));          // text, HTML or PDF
 * for (Mention m : scanner.scan(doc.text())) {
 *     System.out.println(m.start() + "-" + m.end() + " " + m.text() + " " + m.status());
 * }
 * // 18-32 Vladimir Putin LISTED
 * // 156-172 Catherine Belton NOT_LISTED
 * }</pre>
 *
 * <p>The public API is {@link org.kordon.documents.DocumentScanner}, {@link org.kordon.documents.Mention},
 * {@link org.kordon.documents.Listing}, {@link org.kordon.documents.DocumentText} and
 * {@link org.kordon.documents.DocumentFormatException}; the steps ({@code Words}, {@code Inflection},
 * {@code Vocabulary}, {@code Parties}) are package-private. How the scanner decides, and how well it does, is in
 * docs/MATCHING.md ("Names in documents").
 */
package org.kordon.documents;

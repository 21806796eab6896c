/**
 * Payment screening: a bank's payment message in, every party, agent, account, address and free-text field out, each
 * screened against the lists, and a verdict per transaction and per message.
 *
 * <pre>{@code
 * PaymentFile file = PaymentReader.read(Path.of("pacs008.xml"));      // ISO 20022 or SWIFT MT, detected
 * PaymentScreener screener = PaymentScreener.build(snapshot, resolvedScreener, documentScanner);
 * for (PaymentMessage m : file.messages()) {
 *     MessageVerdict v = screener.screen(m);
 *     System.out.println(v.messageId() + " " + v.verdict());           // MSG-2026-001 block
 * }
 * }</pre>
 *
 * <p>The public API is the reading ({@link org.kordon.payments.PaymentReader}, {@link org.kordon.payments.PaymentFile},
 * {@link org.kordon.payments.PaymentFormatException}), the message records ({@link org.kordon.payments.PaymentMessage},
 * {@link org.kordon.payments.Transaction}, {@link org.kordon.payments.Party}, {@link org.kordon.payments.PostalAddress},
 * {@link org.kordon.payments.FreeText}) and the screening ({@link org.kordon.payments.PaymentScreener},
 * {@link org.kordon.payments.VerdictRules}, {@link org.kordon.payments.Verdict}, {@link org.kordon.payments.Finding},
 * {@link org.kordon.payments.TransactionVerdict}, {@link org.kordon.payments.MessageVerdict}); the readers
 * ({@code MxReader}, {@code MtReader}), the hardened XML reader and the indexes are package-private.
 * What is screened in each field, and the verdict rules: docs/PAYMENTS.md.
 */
package org.kordon.payments;

package org.kordon.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.kordon.documents.DocumentScanner;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Algorithm;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;
import org.kordon.payments.MessageVerdict;
import org.kordon.payments.PaymentFile;
import org.kordon.payments.PaymentMessage;
import org.kordon.payments.PaymentReader;
import org.kordon.payments.PaymentScreener;
import org.kordon.payments.Verdict;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.resolution.Resolver;

/**
 * Screening generated CBPR+ pacs.008.001.08 messages (fixed seed 42) against every shared list, beside the cost of
 * reading them alone, in one run: messages per second on all cores (parsing alone; parsing and screening), and the
 * latency of one message (read and screened on one thread: p50, p99, p99.9).
 *
 * <pre>
 * ./mvnw -q -pl kordon-bench -am -DskipTests package
 * java -Xmx4g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.PaymentScreeningBench [messages]
 * </pre>
 *
 * The generator: 20,000 customers (syllable names with legal forms, each with one country and town) and 400 banks
 * (BICs of 15 countries, a third of them branch BIC11s); 1 in 200 customers is a listed company's name and 1 in 100
 * banks a listed BIC of the lists, so that parties and banks recur as in a bank's flow and some payments hit. Each
 * message has a BAH, a debtor and creditor with addresses and IBAN or other account, their agents, an intermediary
 * in 30 %, an ultimate creditor in 10 %, and a remittance line.
 */
public final class PaymentScreeningBench {
    private static final String[] SYL = {"al", "ber", "con", "dra", "el", "fin", "gor", "han", "is", "jun", "kor", "lum", "mar", "nor",
            "ost", "pol", "qua", "ros", "sta", "tek", "uni", "vel", "west", "xen", "yor", "zen", "tra", "inv", "met", "sib"};
    private static final String[] FORMS = {"GmbH", "LLC", "SARL", "S.p.A.", "Ltd", "AS", "BV", "Kft", "SRL", "AG", "Oy", "AB"};
    private static final String[] WORDS = {"Trading", "Industries", "Logistics", "Systems", "Foods", "Textiles", "Group", "Export",
            "Machinery", "Holding", "Engineering", "Supply"};
    private static final String[][] PLACES = {{"DE", "Hamburg"}, {"FR", "Lyon"}, {"IT", "Milano"}, {"NL", "Rotterdam"}, {"PL", "Gdansk"},
            {"ES", "Valencia"}, {"AT", "Linz"}, {"GB", "Leeds"}, {"US", "Houston"}, {"TR", "Izmir"}, {"AE", "Dubai"}, {"CN", "Ningbo"},
            {"JP", "Osaka"}, {"KZ", "Almaty"}, {"IN", "Pune"}};
    private static final String[] REMITTANCE = {"Invoice %d", "Order %d spare parts", "Contract %d instalment", "Freight %d",
            "Services %d November", "PO %d balance"};

    private PaymentScreeningBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long t0 = System.nanoTime();
        ListSnapshot snap = ListLoader.load(List.of(BenchData.listsDir()), LoadOptions.lenientDefaults()).snapshot();
        Resolution resolution = Resolver.resolve(snap);
        Map<String, String> parties = resolution.possiblySameParties();
        PaymentScreener screener = PaymentScreener.build(snap, ResolvedScreener.build(snap, resolution, Algorithm.KORDON),
                DocumentScanner.build(snap, id -> parties.getOrDefault(id, id)));
        System.out.printf(Locale.ROOT, "lists: %,d entities, loaded, resolved and indexed in %.1f s; %d cores, %s%n", snap.size(),
                (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

        List<byte[]> messages = generate(n, snap, 42);
        long bytes = messages.stream().mapToLong(b -> b.length).sum();
        System.out.printf(Locale.ROOT, "generated %,d pacs.008 messages, %.1f KiB each on average%n", n, bytes / 1024.0 / n);

        // warm-up (JIT) on the first messages, then the timed runs
        batch(screener, messages.subList(0, Math.min(n, 5_000)), true);
        double parse = batch(screener, messages, false)[0];
        double[] full = batch(screener, messages, true);
        double[] lat = latencies(screener, messages.subList(0, Math.min(n, 20_000)));
        System.out.printf(Locale.ROOT, "%-40s %10s %10s %12s%n", "run (all cores)", "messages", "seconds", "messages/s");
        System.out.printf(Locale.ROOT, "%-40s %,10d %10.2f %,12.0f%n", "read only (StAX, hardened)", n, parse, n / parse);
        System.out.printf(Locale.ROOT, "%-40s %,10d %10.2f %,12.0f%n", "read and screen", n, full[0], n / full[0]);
        System.out.printf(Locale.ROOT, "verdicts: %,.0f block, %,.0f hold, %,.0f release%n", full[1], full[2], full[3]);
        System.out.printf(Locale.ROOT, "one message on one thread (read and screen), ms: p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f%n",
                lat[0], lat[1], lat[2], lat[3], lat[4]);
    }

    /** Reads (and screens) every message on all cores in chunks, as the CLI does; {seconds, block, hold, release}. */
    static double[] batch(PaymentScreener screener, List<byte[]> messages, boolean screen) {
        AtomicLong[] verdicts = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
        long t = System.nanoTime();
        int chunk = 1024;
        for (int from = 0; from < messages.size(); from += chunk) {
            List<byte[]> c = messages.subList(from, Math.min(messages.size(), from + chunk));
            IntStream.range(0, c.size()).parallel().forEach(i -> {
                PaymentFile f = PaymentReader.read("bench.xml", c.get(i));
                if (!f.unreadable().isEmpty()) {
                    throw new IllegalStateException("generated message not readable: " + f.unreadable());
                }
                if (screen) {
                    for (PaymentMessage m : f.messages()) {
                        MessageVerdict v = screener.screen(m);
                        int k = switch (v.verdict()) {
                            case BLOCK -> 0;
                            case HOLD -> 1;
                            case RELEASE -> 2;
                        };
                        verdicts[k].incrementAndGet();
                    }
                }
            });
        }
        return new double[] {(System.nanoTime() - t) / 1e9, verdicts[0].get(), verdicts[1].get(), verdicts[2].get()};
    }

    /** Each message read and screened alone on this thread; the percentiles p50, p90, p99, p99.9 and the max in ms. */
    static double[] latencies(PaymentScreener screener, List<byte[]> messages) {
        double[] ms = new double[messages.size()];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            for (PaymentMessage m : PaymentReader.read("bench.xml", messages.get(i)).messages()) {
                screener.screen(m);
            }
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {pct(ms, 0.50), pct(ms, 0.90), pct(ms, 0.99), pct(ms, 0.999), ms[ms.length - 1]};
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** A customer: name, country, town. */
    private record Customer(String name, String country, String town) {
    }

    static List<byte[]> generate(int n, ListSnapshot snap, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> listedNames = new ArrayList<>();
        List<String> listedBics = new ArrayList<>();
        for (Entity e : snap.entities()) {
            if (e.schema() == Schema.COMPANY) {
                listedNames.add(e.caption());
            }
            e.identifiers(IdType.BIC).stream().map(Identifier::normalizedValue).filter(v -> v.length() >= 8).forEach(listedBics::add);
        }
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String[] place = PLACES[r.nextInt(PLACES.length)];
            String name = r.nextInt(200) == 0 && !listedNames.isEmpty() ? listedNames.get(r.nextInt(listedNames.size()))
                    : cap(SYL[r.nextInt(SYL.length)] + SYL[r.nextInt(SYL.length)] + SYL[r.nextInt(SYL.length)]) + " "
                            + WORDS[r.nextInt(WORDS.length)] + " " + FORMS[r.nextInt(FORMS.length)];
            customers.add(new Customer(name, place[0], place[1]));
        }
        List<String> banks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            if (r.nextInt(100) == 0 && !listedBics.isEmpty()) {
                banks.add(listedBics.get(r.nextInt(listedBics.size())).substring(0, 8) + "XXX");
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                b.append((char) ('A' + r.nextInt(26)));
            }
            b.append(PLACES[r.nextInt(PLACES.length)][0]).append((char) ('A' + r.nextInt(26))).append(r.nextInt(10));
            b.append(r.nextInt(3) == 0 ? String.format(Locale.ROOT, "%03d", r.nextInt(1000)) : "XXX");
            banks.add(b.toString());
        }
        List<byte[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(message(r, i, customers, banks).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String message(SplittableRandom r, int i, List<Customer> customers, List<String> banks) {
        Customer dbtr = customers.get(r.nextInt(customers.size()));
        Customer cdtr = customers.get(r.nextInt(customers.size()));
        String dbtrAgt = banks.get(r.nextInt(banks.size()));
        String cdtrAgt = banks.get(r.nextInt(banks.size()));
        String id = "BENCH-" + i;
        StringBuilder x = new StringBuilder(3000);
        x.append("<BizMsg><AppHdr xmlns=\"urn:iso:std:iso:20022:tech:xsd:head.001.001.02\"><Fr><FIId><FinInstnId><BICFI>").append(dbtrAgt)
                .append("</BICFI></FinInstnId></FIId></Fr><To><FIId><FinInstnId><BICFI>").append(cdtrAgt)
                .append("</BICFI></FinInstnId></FIId></To><BizMsgIdr>").append(id).append("</BizMsgIdr><MsgDefIdr>pacs.008.001.08</MsgDefIdr>")
                .append("<CreDt>2026-12-07T09:00:00Z</CreDt></AppHdr>\n")
                .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf><GrpHdr><MsgId>").append(id)
                .append("</MsgId><CreDtTm>2026-12-07T09:00:00Z</CreDtTm><NbOfTxs>1</NbOfTxs><SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>\n")
                .append("<CdtTrfTxInf><PmtId><InstrId>").append(id).append("</InstrId><EndToEndId>E2E-").append(i)
                .append("</EndToEndId><UETR>").append(String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", i, r.nextLong() & 0xFFFFFFFFFFFFL))
                .append("</UETR></PmtId><IntrBkSttlmAmt Ccy=\"EUR\">").append(100 + r.nextInt(100_000)).append(".00</IntrBkSttlmAmt>")
                .append("<IntrBkSttlmDt>2026-12-07</IntrBkSttlmDt><ChrgBr>SHAR</ChrgBr>\n")
                .append("<InstgAgt><FinInstnId><BICFI>").append(dbtrAgt).append("</BICFI></FinInstnId></InstgAgt>")
                .append("<InstdAgt><FinInstnId><BICFI>").append(cdtrAgt).append("</BICFI></FinInstnId></InstdAgt>\n");
        party(x, "Dbtr", dbtr);
        x.append("<DbtrAcct><Id><IBAN>").append(dbtr.country()).append(String.format(Locale.ROOT, "%02d", r.nextInt(100)))
                .append(String.format(Locale.ROOT, "%018d", r.nextLong(1_000_000_000_000_000_000L))).append("</IBAN></Id></DbtrAcct>\n");
        x.append("<DbtrAgt><FinInstnId><BICFI>").append(dbtrAgt).append("</BICFI></FinInstnId></DbtrAgt>\n");
        if (r.nextInt(10) < 3) {
            x.append("<IntrmyAgt1><FinInstnId><BICFI>").append(banks.get(r.nextInt(banks.size()))).append("</BICFI></FinInstnId></IntrmyAgt1>\n");
        }
        x.append("<CdtrAgt><FinInstnId><BICFI>").append(cdtrAgt).append("</BICFI></FinInstnId></CdtrAgt>\n");
        party(x, "Cdtr", cdtr);
        x.append("<CdtrAcct><Id><Othr><Id>").append(String.format(Locale.ROOT, "%020d", r.nextLong(Long.MAX_VALUE))).append("</Id></Othr></Id></CdtrAcct>\n");
        if (r.nextInt(10) == 0) {
            party(x, "UltmtCdtr", customers.get(r.nextInt(customers.size())));
        }
        x.append("<RmtInf><Ustrd>").append(String.format(Locale.ROOT, REMITTANCE[r.nextInt(REMITTANCE.length)], r.nextInt(100_000)))
                .append("</Ustrd></RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document></BizMsg>\n");
        return x.toString();
    }

    private static void party(StringBuilder x, String element, Customer c) {
        x.append('<').append(element).append("><Nm>").append(c.name().replace("&", "&amp;").replace("<", "&lt;"))
                .append("</Nm><PstlAdr><TwnNm>").append(c.town()).append("</TwnNm><Ctry>").append(c.country())
                .append("</Ctry></PstlAdr></").append(element).append(">\n");
    }

    private static String cap(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

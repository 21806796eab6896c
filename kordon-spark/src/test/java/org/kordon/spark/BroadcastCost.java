package org.kordon.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.io.CompressionCodec;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.Serializer;
import org.apache.spark.serializer.SerializationStream;
import org.kordon.eval.EvalCase;
import org.kordon.eval.EvalSets;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;
import scala.reflect.ClassTag;

/**
 * What a broadcast costs: the list files (each executor then builds the index, as {@link ScreenJob} does) against
 * the built index (serialized once by the driver with Spark's Kryo, deserialized by each executor). Not a test:
 * a measurement, run by hand on one machine.
 *
 * <p>Per list set it prints (a) the time to build the index from the list bytes (unpack, parse, index), (b) the
 * bytes a torrent broadcast ships per executor (serialized, then LZ4-compressed as {@code spark.broadcast.compress}
 * does by default) for the files and for the index, (c) the time to serialize and deserialize the index, (d) the heap
 * of the snapshot and of the index, and whether a deserialized index screens a few hundred queries exactly as the
 * original. "Cold" figures are each measured in a fresh JVM (as a new executor would pay them), three times.
 *
 * <pre>
 * ./run-tests -o -pl kordon-spark -am -DskipTests     # compiles the test classes, writes target/classpath.txt
 * . .mvn/select-jdk.sh &amp;&amp; kordon_select_jdk
 * OPENS=$(sed -n 's:.*&lt;kordon.spark.opens&gt;\(.*\)&lt;/kordon.spark.opens&gt;.*:\1:p' kordon-spark/pom.xml)
 * "$JAVA_HOME/bin/java" -Xmx6g $OPENS --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
 *   -cp kordon-spark/target/test-classes:kordon-spark/target/classes:kordon-eval/target/classes:$(cat kordon-spark/target/classpath.txt) \
 *   org.kordon.spark.BroadcastCost ../shared/data/lists kordon-cli/src/main/resources/sample
 * </pre>
 *
 * <p>{@code BroadcastCost --resolution ../shared/data/lists} measures instead the broadcast of the driver's resolution
 * ({@link #resolution}).
 */
final class BroadcastCost {
    private static final ClassTag<Object> ANY = scala.reflect.ClassTag$.MODULE$.Any();
    private static final int REPEATS = 3;

    private BroadcastCost() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--cold-build")) {
            long t0 = System.nanoTime();
            ListFiles files = ListFiles.read(List.of(Path.of(args[1])));
            long t1 = System.nanoTime();
            ListSnapshot s = files.load().snapshot();
            long t2 = System.nanoTime();
            Screener built = Screeners.build(s, Algorithm.KORDON);
            long t3 = System.nanoTime();
            java.lang.ref.Reference.reachabilityFence(built);
            System.out.printf(Locale.ROOT, "%d %d%n", (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            return;
        }
        if (args.length == 2 && args[0].equals("--cold-deserialize")) {
            byte[] bytes = Files.readAllBytes(Path.of(args[1]));
            // an executor has Spark, Kryo and LZ4 loaded before a broadcast arrives: load them here, untimed
            Serializer kryo = kryo();
            deserialize(kryo, serialize(kryo, List.of("warm", 1)));
            long t0 = System.nanoTime();
            Object index = deserialize(kryo, bytes);
            Screener s = wrap(index);
            long t1 = System.nanoTime();
            java.lang.ref.Reference.reachabilityFence(s);
            System.out.printf(Locale.ROOT, "%d%n", (t1 - t0) / 1_000_000);
            return;
        }
        if (args.length == 2 && args[0].equals("--resolution")) {
            resolution(Path.of(args[1]));
            return;
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (String a : args.length > 0 ? args : new String[] {"../shared/data/lists", "kordon-cli/src/main/resources/sample"}) {
            measure(Path.of(a));
        }
    }

    /**
     * What broadcasting the driver's resolution costs and saves ({@link ScreenJob}): the time the driver takes to
     * resolve (names index and {@code Resolver.resolve}, what each executor did before), the bytes the broadcast of
     * its links ships, and the time an executor takes to rebuild the resolution from them (best of {@link #REPEATS}).
     */
    private static void resolution(Path lists) throws Exception {
        ListSnapshot snapshot = ListFiles.read(List.of(lists)).load().snapshot();
        long t0 = System.nanoTime();
        org.kordon.resolution.Resolution driver = ScreenerHolder.resolve(snapshot);
        long resolve = System.nanoTime() - t0;
        ResolutionLinks links = ResolutionLinks.of(driver);
        byte[] shipped = serialize(new JavaSerializer(new SparkConf()), links);
        long uncompressed = serialize(new JavaSerializer(new SparkConf()), links, false).length;
        long best = Long.MAX_VALUE;
        boolean equal = true;
        for (int i = 0; i < REPEATS; i++) {
            long t = System.nanoTime();
            org.kordon.resolution.Resolution rebuilt = links.resolution(snapshot);
            best = Math.min(best, System.nanoTime() - t);
            equal &= rebuilt.equals(driver);
        }
        System.out.printf(Locale.ROOT, "%s: %,d listings, %,d entities; %,d followed, %,d possibly-same, %,d refused links%n", lists,
                snapshot.size(), driver.entities().size(), driver.followed().size(), driver.possiblySame().size(), driver.refused().size());
        System.out.printf(Locale.ROOT, "resolve on the driver (names index + Resolver.resolve): %.1f s%n", resolve / 1e9);
        System.out.printf(Locale.ROOT, "broadcast of the links (JavaSerializer + lz4): %.2f MB (%.2f MB before lz4)%n",
                shipped.length / 1e6, uncompressed / 1e6);
        System.out.printf(Locale.ROOT, "rebuild on an executor (Resolution.of), best of %d: %.2f s; equal to the driver's: %s%n",
                REPEATS, best / 1e9, equal);
    }

    private static void measure(Path lists) throws Exception {
        System.out.println();
        System.out.println("== " + lists);
        ListFiles files = ListFiles.read(List.of(lists));
        long raw = files.files().values().stream().mapToLong(b -> b.length).sum();

        // (a) build warm in this JVM, then (d) heap: measured after the builds so that the analyser's static tables
        // (loaded once per JVM, whichever way the index arrives) are not counted as index
        long bestLoad = Long.MAX_VALUE;
        long bestBuild = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            ListSnapshot s = files.load().snapshot();
            long t1 = System.nanoTime();
            java.lang.ref.Reference.reachabilityFence(Screeners.build(s, Algorithm.KORDON));
            long t2 = System.nanoTime();
            bestLoad = Math.min(bestLoad, t1 - t0);
            bestBuild = Math.min(bestBuild, t2 - t1);
        }
        long h0 = usedAfterGc();
        ListSnapshot snapshot = files.load().snapshot();
        long h1 = usedAfterGc();
        Screener screener = Screeners.build(snapshot, Algorithm.KORDON);
        long h2 = usedAfterGc();
        System.out.printf(Locale.ROOT, "entities %,d from %d list file(s) (%d files with companions), %.1f MB of files%n",
                snapshot.size(), files.lists().size(), files.files().size(), raw / 1e6);
        System.out.printf(Locale.ROOT, "heap: snapshot %.1f MB, index over it %.1f MB, together %.1f MB%n",
                (h1 - h0) / 1e6, (h2 - h1) / 1e6, (h2 - h0) / 1e6);
        System.out.printf(Locale.ROOT, "build from list bytes, warm (best of %d): load %.2f s + index %.2f s = %.2f s%n", REPEATS,
                bestLoad / 1e9, bestBuild / 1e9, (bestLoad + bestBuild) / 1e9);

        // (b) what the broadcast ships: the files, Java-serialized (ScreenJob's default serializer) and LZ4-compressed
        byte[] filesJava = serialize(new JavaSerializer(new SparkConf()), files);
        System.out.printf(Locale.ROOT, "broadcast of the list files (JavaSerializer + lz4): %.1f MB%n", filesJava.length / 1e6);

        // the whole screener: a ThreadLocal with a lambda inside; try it, say what happens
        Serializer kryo = kryo();
        try {
            byte[] whole = serialize(kryo, screener);
            Screener back = (Screener) deserialize(kryo, whole);
            back.screen(Query.of("Vladimir Putin"), Screeners.DEFAULT_THRESHOLD, 5);
            System.out.printf(Locale.ROOT, "whole screener with Kryo: %.1f MB, screens%n", whole.length / 1e6);
        } catch (RuntimeException | Error e) {
            System.out.println("whole screener with Kryo: fails (" + e.getClass().getSimpleName() + ": "
                    + firstLine(e.getMessage()) + "); the index alone is shipped and wrapped in a new screener");
        }

        // (b, c) the built index with Kryo: serialize, deserialize, first and best of REPEATS
        Object index = indexOf(screener);
        long ser0 = System.nanoTime();
        byte[] indexKryo = serialize(kryo, index);
        long serFirst = System.nanoTime() - ser0;
        long serBest = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            long t = System.nanoTime();
            serialize(kryo, index);
            serBest = Math.min(serBest, System.nanoTime() - t);
        }
        long uncompressed = serialize(kryo, index, false).length;
        long de0 = System.nanoTime();
        Object back = deserialize(kryo, indexKryo);
        long deFirst = System.nanoTime() - de0;
        long deBest = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            long t = System.nanoTime();
            java.lang.ref.Reference.reachabilityFence(deserialize(kryo, indexKryo));
            deBest = Math.min(deBest, System.nanoTime() - t);
        }
        long hb0 = usedAfterGc();
        Object copy = deserialize(kryo, indexKryo);
        long hb1 = usedAfterGc();
        System.out.printf(Locale.ROOT, "broadcast of the built index (Kryo + lz4): %.1f MB (%.1f MB before lz4)%n",
                indexKryo.length / 1e6, uncompressed / 1e6);
        System.out.printf(Locale.ROOT, "serialize index: %.2f s first, %.2f s best of %d; deserialize: %.2f s first, %.2f s best of %d%n",
                serFirst / 1e9, serBest / 1e9, REPEATS, deFirst / 1e9, deBest / 1e9, REPEATS);
        System.out.printf(Locale.ROOT, "heap of a deserialized index (entities included): %.1f MB%n", (hb1 - hb0) / 1e6);
        java.lang.ref.Reference.reachabilityFence(copy);

        // the deserialized index against the original: ids, ranks, scores, names, explanations
        Screener restored = wrap(back);
        List<Query> queries = new ArrayList<>();
        int i = 0;
        for (EvalCase c : concat(EvalSets.perturbed(snapshot, 300, 11), EvalSets.handwritten())) {
            queries.add(new Query("q" + (i++), c.query(), c.schema(), null, null, List.of()));
        }
        int differ = 0;
        int matches = 0;
        for (Query q : queries) {
            List<String> a = describe(screener.screen(q, Screeners.DEFAULT_THRESHOLD, 5));
            List<String> b = describe(restored.screen(q, Screeners.DEFAULT_THRESHOLD, 5));
            matches += a.size();
            if (!a.equals(b)) {
                if (differ++ < 3) {
                    System.out.println("  differs: " + q.name() + "\n    original " + a + "\n    restored " + b);
                }
            }
        }
        System.out.printf(Locale.ROOT, "deserialized index vs original: %d of %d queries differ (%d matches compared)%n",
                differ, queries.size(), matches);

        // cold: a fresh JVM per measurement, as a new executor
        Path tmp = Files.createTempFile("kordon-index-", ".kryo.lz4");
        try {
            Files.write(tmp, indexKryo);
            List<String> builds = new ArrayList<>();
            List<String> deser = new ArrayList<>();
            for (int r = 0; r < REPEATS; r++) {
                builds.add(child("--cold-build", lists.toString()));
                deser.add(child("--cold-deserialize", tmp.toString()));
            }
            System.out.println("cold, fresh JVM each (load ms, index ms): " + builds);
            System.out.println("cold, fresh JVM each (deserialize + wrap, ms; Spark's serializer loaded first): " + deser);
        } finally {
            Files.deleteIfExists(tmp);
        }
        java.lang.ref.Reference.reachabilityFence(snapshot);
        java.lang.ref.Reference.reachabilityFence(screener);
    }

    private static List<EvalCase> concat(List<EvalCase> a, List<EvalCase> b) {
        List<EvalCase> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> describe(List<Match> ms) {
        List<String> out = new ArrayList<>();
        for (Match m : ms) {
            out.add(m.entity().id() + "|" + m.score() + "|" + m.matchedName() + "|" + m.explanation().summary());
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Spark's Kryo as a job would configure it: spark.serializer=KryoSerializer plus the registrator for records. */
    static Serializer kryo() {
        return new KryoSerializer(new SparkConf().set("spark.kryo.registrator", RecordsKryoRegistrator.class.getName()));
    }

    /** The NameIndex inside a KordonScreener (package-private in kordon-matching: reached by reflection). */
    static Object indexOf(Screener screener) throws ReflectiveOperationException {
        Field f = screener.getClass().getDeclaredField("index");
        f.setAccessible(true);
        return f.get(screener);
    }

    /** A KordonScreener around a NameIndex, as Screeners.build makes it once the index is built. */
    static Screener wrap(Object index) throws ReflectiveOperationException {
        Class<?> screener = Class.forName("org.kordon.matching.KordonScreener");
        Class<?> analyzer = Class.forName("org.kordon.matching.NameAnalyzer");
        Field def = analyzer.getDeclaredField("DEFAULT");
        def.setAccessible(true);
        Constructor<?> c = screener.getDeclaredConstructor(index.getClass(), analyzer);
        c.setAccessible(true);
        return (Screener) c.newInstance(index, def.get(null));
    }

    static byte[] serialize(Serializer serializer, Object o) throws IOException {
        return serialize(serializer, o, true);
    }

    /** As TorrentBroadcast.blockifyObject: the serializer's stream, inside the LZ4 codec when {@code compress}. */
    static byte[] serialize(Serializer serializer, Object o, boolean compress) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
        OutputStream out = compress ? CompressionCodec.createCodec(new SparkConf(), "lz4").compressedOutputStream(buf) : buf;
        SerializationStream s = serializer.newInstance().serializeStream(out);
        s.writeObject(o, ANY);
        s.close();
        return buf.toByteArray();
    }

    static Object deserialize(Serializer serializer, byte[] lz4) {
        var in = CompressionCodec.createCodec(new SparkConf(), "lz4").compressedInputStream(new ByteArrayInputStream(lz4));
        var s = serializer.newInstance().deserializeStream(in);
        Object o = s.readObject(ANY);
        s.close();
        return o;
    }

    private static String child(String mode, String arg) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(Arrays.asList("-cp", System.getProperty("java.class.path"), BroadcastCost.class.getName(), mode, arg));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            return "failed (exit " + p.exitValue() + ")";
        }
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }

    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

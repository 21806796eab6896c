package org.kordon.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * What Spark's Kryo (4.0.x) needs to serialize Kordon's built index: Java records (their final fields cannot be
 * set by Kryo's FieldSerializer, which writes through {@code Unsafe}; records refuse it) and the JDK's immutable
 * collections ({@code List.of}, {@code Map.copyOf}: Kryo's collection serializers call {@code add}, which they refuse).
 * Records are rebuilt through their canonical constructor, immutable collections through {@code copyOf}.
 *
 * <pre>{@code
 * new SparkConf().set("spark.serializer", KryoSerializer.class.getName())
 *         .set("spark.kryo.registrator", RecordsKryoRegistrator.class.getName());
 * }</pre>
 */
public final class RecordsKryoRegistrator implements KryoRegistrator {
    @Override
    public void registerClasses(Kryo kryo) {
        kryo.addDefaultSerializer(Record.class, new RecordSerializer());
        ImmutableList list = new ImmutableList();
        for (Object l : new Object[] {List.of(), List.of(1), List.of(1, 2, 3), List.of(1, 2, 3).subList(0, 2)}) {
            kryo.register(l.getClass(), list);
        }
        ImmutableSet set = new ImmutableSet();
        for (Object s : new Object[] {Set.of(), Set.of(1), Set.of(1, 2, 3)}) {
            kryo.register(s.getClass(), set);
        }
        ImmutableMap map = new ImmutableMap();
        for (Object m : new Object[] {Map.of(), Map.of(1, 1), Map.of(1, 1, 2, 2)}) {
            kryo.register(m.getClass(), map);
        }
    }

    /** A record as its components, in order; read back through the canonical constructor. */
    static final class RecordSerializer extends Serializer<Record> {
        private final Map<Class<?>, Method[]> accessors = new HashMap<>();
        private final Map<Class<?>, Constructor<?>> constructors = new HashMap<>();

        private Method[] accessors(Class<?> type) {
            return accessors.computeIfAbsent(type, t -> {
                RecordComponent[] cs = t.getRecordComponents();
                Method[] ms = new Method[cs.length];
                for (int i = 0; i < cs.length; i++) {
                    ms[i] = cs[i].getAccessor();
                    ms[i].setAccessible(true);
                }
                return ms;
            });
        }

        @Override
        public void write(Kryo kryo, Output output, Record r) {
            try {
                for (Method m : accessors(r.getClass())) {
                    kryo.writeClassAndObject(output, m.invoke(r));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot write " + r.getClass().getName(), e);
            }
        }

        @Override
        public Record read(Kryo kryo, Input input, Class<Record> type) {
            Constructor<?> c = constructors.computeIfAbsent(type, t -> {
                RecordComponent[] cs = t.getRecordComponents();
                Class<?>[] types = new Class<?>[cs.length];
                for (int i = 0; i < cs.length; i++) {
                    types[i] = cs[i].getType();
                }
                try {
                    Constructor<?> k = t.getDeclaredConstructor(types);
                    k.setAccessible(true);
                    return k;
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            });
            Object[] args = new Object[c.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = kryo.readClassAndObject(input);
            }
            try {
                return (Record) c.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + type.getName(), e);
            }
        }
    }

    static final class ImmutableList extends Serializer<List<Object>> {
        @Override
        public void write(Kryo kryo, Output output, List<Object> l) {
            output.writeInt(l.size(), true);
            for (Object o : l) {
                kryo.writeClassAndObject(output, o);
            }
        }

        @Override
        public List<Object> read(Kryo kryo, Input input, Class<List<Object>> type) {
            int n = input.readInt(true);
            List<Object> l = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                l.add(kryo.readClassAndObject(input));
            }
            return List.copyOf(l);
        }
    }

    static final class ImmutableSet extends Serializer<Set<Object>> {
        @Override
        public void write(Kryo kryo, Output output, Set<Object> s) {
            output.writeInt(s.size(), true);
            for (Object o : s) {
                kryo.writeClassAndObject(output, o);
            }
        }

        @Override
        public Set<Object> read(Kryo kryo, Input input, Class<Set<Object>> type) {
            int n = input.readInt(true);
            Set<Object> s = new HashSet<>(n * 2);
            for (int i = 0; i < n; i++) {
                s.add(kryo.readClassAndObject(input));
            }
            return Set.copyOf(s);
        }
    }

    static final class ImmutableMap extends Serializer<Map<Object, Object>> {
        @Override
        public void write(Kryo kryo, Output output, Map<Object, Object> m) {
            output.writeInt(m.size(), true);
            for (Map.Entry<Object, Object> e : m.entrySet()) {
                kryo.writeClassAndObject(output, e.getKey());
                kryo.writeClassAndObject(output, e.getValue());
            }
        }

        @Override
        public Map<Object, Object> read(Kryo kryo, Input input, Class<Map<Object, Object>> type) {
            int n = input.readInt(true);
            Map<Object, Object> m = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                m.put(kryo.readClassAndObject(input), kryo.readClassAndObject(input));
            }
            return Map.copyOf(m);
        }
    }
}

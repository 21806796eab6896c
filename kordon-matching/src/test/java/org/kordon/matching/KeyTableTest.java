package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyTableTest {
    private static int[] lookup(KeyTable t, String key) {
        IntList out = new IntList(4);
        t.addWords(key, out);
        return out.toArray();
    }

    @Test
    void addWords_aFiledKey_givesItsWordsOnceEachInOrder() {
        long[] pairs = {KeyTable.pack("d:puti", 7), KeyTable.pack("d:putin", 3), KeyTable.pack("d:puti", 3),
            KeyTable.pack("d:puti", 7), KeyTable.pack("m:PTN", 3)};
        KeyTable t = new KeyTable(pairs, pairs.length);
        assertThat(lookup(t, "d:puti")).containsExactly(3, 7);
        assertThat(lookup(t, "d:putin")).containsExactly(3);
        assertThat(t.keyCount()).isEqualTo(3);
    }

    @Test
    void addWords_anUnknownKey_givesNothing() {
        long[] pairs = {KeyTable.pack("d:puti", 1)};
        assertThat(lookup(new KeyTable(pairs, 1), "d:putim")).isEmpty();
        assertThat(lookup(new KeyTable(new long[0], 0), "d:putim")).isEmpty();
    }

    @Test
    void addWords_manyKeys_eachFindsItsOwnWord() {
        int n = 50_000;
        long[] pairs = new long[n];
        for (int w = 0; w < n; w++) {
            pairs[w] = KeyTable.pack("d:w" + w, w);
        }
        KeyTable t = new KeyTable(pairs, n);
        for (int w = 0; w < n; w += 997) {
            assertThat(lookup(t, "d:w" + w)).contains(w);
        }
    }

    @Test
    void pack_aWordIdBeyondTheTable_isRefused() {
        assertThatThrownBy(() -> KeyTable.pack("d:x", KeyTable.MAX_WORDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("distinct words");
    }
}

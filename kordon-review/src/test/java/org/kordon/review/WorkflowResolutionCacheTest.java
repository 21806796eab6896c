package org.kordon.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.resolution.ResolutionCache;
import org.kordon.store.Store;

/** A server resolves each list version once: the workflow reads the resolution from a cache when it holds it. */
class WorkflowResolutionCacheTest {
    @TempDir
    Path dir;

    private Workflow open(String db, ListLoad load, ResolutionCache cache, List<String> said) {
        return Workflow.open(Store.open(Store.h2Url(dir.resolve(db).resolve("kordon"))), load, 0.78, cache, said::add);
    }

    @Test
    void open_secondServerOnTheSameLists_readsTheResolutionTheFirstWrote() throws Exception {
        ResolutionCache cache = new ResolutionCache(dir.resolve("cache"));
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        Workflow a = open("a", Fixtures.v1(), cache, first);
        Workflow b = open("b", Fixtures.v1(), cache, second);

        assertThat(Files.isRegularFile(cache.file(ResolutionCache.key(Fixtures.v1().checksum())))).isTrue();
        assertThat(first).singleElement().asString().contains("not in the cache");
        assertThat(second).singleElement().asString().contains("read from the cache in " + cache.dir());
        assertThat(b.resolved().resolution()).isEqualTo(a.resolved().resolution());
        a.store().close();
        b.store().close();
    }

    @Test
    void load_aNewListVersion_isResolvedAndCachedUnderItsOwnKey() {
        ResolutionCache cache = new ResolutionCache(dir.resolve("cache"));
        List<String> said = new ArrayList<>();
        Workflow wf = open("c", Fixtures.v1(), cache, said);
        ListLoad v2 = Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.sechin("v2"));

        wf.load(v2, "test");

        assertThat(said).hasSize(2).allSatisfy(l -> assertThat(l).contains("not in the cache"));
        assertThat(cache.file(ResolutionCache.key(v2.checksum()))).isRegularFile();
        assertThat(wf.resolved().resolution().entities()).hasSize(2);
        wf.store().close();
    }
}

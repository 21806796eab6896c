package org.kordon.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.store.Store;

/**
 * A server on port 0 over the {@code /features/entities.ftm.json} fixture and an H2 database in {@code dir}, with one
 * read-only key: the shared harness of the feature endpoint tests.
 */
record FeatureServer(Store store, KordonServer server, Http http) implements AutoCloseable {

    static FeatureServer start(Path dir, String readKey, Function<Workflow, List<Routes>> routes) throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        try (InputStream in = FeatureServer.class.getResourceAsStream("/features/entities.ftm.json")) {
            Files.copy(in, lists.resolve("entities.ftm.json"));
        }
        List<Path> paths = List.of(lists);
        return start(dir, ListLoad.of(paths, ListLoader.load(paths, LoadOptions.defaults())),
                ApiKeys.parse(ApiKeys.line("web", Access.READ, readKey), "test"), routes);
    }

    /** A server over {@code lists} and an H2 database in {@code dir}, with {@code keys} and the routes given. */
    static FeatureServer start(Path dir, ListLoad lists, ApiKeys keys, Function<Workflow, List<Routes>> routes) {
        Store store = Store.open(Store.h2Url(dir.resolve("db").resolve("kordon")));
        Workflow wf = Workflow.open(store, lists, 0.78);
        KordonServer server = KordonServer.start(ServerConfig.defaults().withPort(0).withApiKeys(keys)
                .withLimits(64 * 1024, 5, 300), wf, null, routes.apply(wf));
        return new FeatureServer(store, server, Http.of(server.url()));
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}

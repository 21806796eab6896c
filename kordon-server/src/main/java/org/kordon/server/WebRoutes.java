package org.kordon.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The analysts' web page: static HTML, CSS and JavaScript modules from the jar's {@code /web/} folder, calling
 * the JSON API. Public (the page holds no data; the API calls it makes carry the analyst's key).
 *
 * <pre>{@code
 * GET /                -> /web/index.html
 * GET /web/app.js      -> the script, text/javascript
 * GET /web/pages/screen.js -> one page's module, text/javascript
 * GET /web/other.txt   -> 404 problem JSON (only the files listed in FILES and PAGES are served)
 * }</pre>
 *
 * <p>Files are read once at start into memory; only names in {@link #FILES} and {@link #PAGES} are served, so no path from the
 * request ever reaches the class loader.
 */
final class WebRoutes implements Routes {
    /** The page's shell and shared modules, served under {@code /web/}. */
    static final List<String> FILES = List.of("index.html", "app.js", "api.js", "dom.js", "form.js", "csv.js", "chart.js", "judge.js", "style.css");

    /** One module per page (the router in app.js imports them), served under {@code /web/pages/}. */
    static final List<String> PAGES = List.of("screen.js", "entity.js", "alerts.js", "alert.js", "lists.js", "batch.js", "scan.js",
            "ownership.js", "vessel.js", "shipments.js", "payments.js", "judgements.js");

    private final Map<String, Router.Text> files = new LinkedHashMap<>();

    WebRoutes() {
        List<String> all = new ArrayList<>(FILES);
        PAGES.forEach(p -> all.add("pages/" + p));
        for (String f : all) {
            try (InputStream in = WebRoutes.class.getResourceAsStream("/web/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("web page file missing from the jar: /web/" + f);
                }
                files.put(f, new Router.Text(contentType(f), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String contentType(String file) {
        String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    @Override
    public void register(Router r) {
        r.get("/", Access.PUBLIC, c -> files.get("index.html"));
        r.get("/web/{file}", Access.PUBLIC, c -> served(c.path("file")));
        r.get("/web/pages/{file}", Access.PUBLIC, c -> served("pages/" + c.path("file")));
    }

    private Router.Text served(String file) {
        Router.Text t = files.get(file);
        if (t == null) {
            throw Problem.notFound("no web page file '" + file + "'");
        }
        return t;
    }
}

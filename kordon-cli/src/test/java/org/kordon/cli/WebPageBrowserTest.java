package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Share;
import org.kordon.ownership.Stake;
import org.kordon.server.Access;
import org.kordon.server.ApiKeys;
import org.kordon.server.Features;
import org.kordon.server.KordonServer;
import org.kordon.server.ServerConfig;
import org.kordon.store.ListLoad;
import org.kordon.store.Store;
import org.kordon.store.Subject;
import org.kordon.store.Workflow;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analysts' web page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * against a server on a free port with the bundled sample lists and an H2 database in a temporary folder.
 * Skipped, saying why, when Chromium or its driver is not installed ({@code .ci/run} installs them).
 *
 * <p>With {@code KORDON_WEB_SCREENSHOTS=<folder>} in the environment the tests also save a PNG of each page there
 * (that is how docs/images/web/ is made).
 */
class WebPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String WRITE_KEY = "w-web-5c1e9a7d33b04f2e";
    static final String READ_KEY = "r-web-0b7f4e2a9c6d4188";

    @TempDir
    static Path tmp;

    static Store store;
    static Workflow wf;
    static KordonServer server;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        List<Path> lists = List.of(ListOptions.BundledSample.extract());
        store = Store.open(Store.h2Url(tmp.resolve("db").resolve("kordon")));
        wf = Workflow.open(store, ListLoad.of(lists, ListLoader.load(lists, LoadOptions.defaults())), Screeners.DEFAULT_THRESHOLD);
        ApiKeys keys = ApiKeys.parse(ApiKeys.line("analyst", Access.WRITE, WRITE_KEY) + "\n" + ApiKeys.line("viewer", Access.READ, READ_KEY), "test");
        // a second list version without a few entities, so that the Lists page has history to show
        ListSnapshot first = wf.snapshot();
        List<Entity> kept = first.entities().stream()
                .filter(e -> !(e.source().list().startsWith("un") && e.schema() == Schema.PERSON) || e.id().hashCode() % 3 != 0).toList();
        wf.load(ListLoad.ofSnapshot(new ListSnapshot(first.sources(), kept), "sample without some UN persons"), "test");
        server = KordonServer.start(ServerConfig.defaults().withPort(0).withApiKeys(keys), wf, null, Features.standard());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void signIn() {
        open("screen");
        useKey(WRITE_KEY, "anna");
    }

    // ------------------------------------------------------------------ helpers

    /** Opens #/{route} and waits until the page has shown its data. */
    static void open(String route) {
        String page = route.split("[/?]")[0];
        driver.get(server.url() + "/#/" + route);
        waitReady(page);
    }

    static void waitReady(String page) {
        wait.until(d -> page.equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    static void useKey(String key, String analyst) {
        WebElement k = driver.findElement(By.id("api-key"));
        k.clear();
        k.sendKeys(key);
        WebElement a = driver.findElement(By.id("analyst"));
        a.clear();
        a.sendKeys(analyst);
        driver.findElement(By.cssSelector("#key-form button")).click();
        waitReady(page());
    }

    static String page() {
        String hash = (String) js("return location.hash || '#/screen'");
        return hash.substring(2).split("[/?]")[0];
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    static void screen(String name, String subjectId) {
        open("screen");
        byId("q-name").sendKeys(name);
        if (subjectId != null) {
            byId("q-subject").sendKeys(subjectId);
        }
        byId("screen-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#results h2, #results .error")).isEmpty());
    }

    static void shot(String name) throws Exception {
        String dir = System.getenv("KORDON_WEB_SCREENSHOTS");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
    }

    static void assertNoDialog(WebDriver d) {
        assertThatThrownBy(() -> d.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    // ------------------------------------------------------------------ tests

    @Test
    void screen_knownName_highlightsMatchedWordsAndLinksToEntity() throws Exception {
        screen("Oleg Deripaska", null);

        WebElement first = driver.findElement(By.cssSelector("#results .result"));
        assertThat(first.findElement(By.cssSelector(".entity-link")).getText()).containsIgnoringCase("Deripaska");
        assertThat(first.findElements(By.cssSelector(".matched mark")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).isEqualToIgnoringCase("Deripaska"));
        assertThat(first.getText()).contains("Programmes").contains("List");
        shot("screen");

        first.findElement(By.cssSelector(".entity-link")).click();
        waitReady("entity");
        assertThat(driver.findElement(By.tagName("h1")).getText()).containsIgnoringCase("Deripaska");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sanctions").contains("History across list versions")
                .contains("added");
        assertThat(driver.findElement(By.cssSelector("table.related")).getText())
                .contains("DERIPASKA, Oleg Vladimirovich").contains("ofac-sdn").contains("same name");
        shot("entity");
    }

    @Test
    void alert_decideFalsePositive_decisionAndAuditEntryShown() throws Exception {
        screen("Oleg Deripaska", "web-decide-1");
        assertThat(byId("recorded").getText()).contains("web-decide-1").contains("newly opened");

        open("alerts");
        WebElement row = driver.findElements(By.cssSelector("#queue tbody tr")).stream()
                .filter(r -> r.getText().contains("web-decide-1")).findFirst().orElseThrow();
        shot("alerts");
        row.findElement(By.cssSelector("td a")).click();
        waitReady("alert");
        assertThat(byId("subject-name").getText()).isEqualTo("Oleg Deripaska");

        byId("outcome-false_positive").click();
        byId("reason").sendKeys("Different person: born 1990, Canadian citizen");
        shot("alert");
        byId("decide-button").click();

        wait.until(d -> !d.findElements(By.id("decision-notice")).isEmpty());
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("false positive");
        assertThat(main).contains("Different person: born 1990, Canadian citizen").contains("anna");
        assertThat(driver.findElement(By.cssSelector("table.audit")).getText()).contains("ALERT_DECIDED");
        assertThat(driver.findElements(By.id("decision-form"))).isEmpty();
    }

    @Test
    void hostileName_screened_shownAsTextNoElementNoDialog() {
        String hostile = "Oleg Deripaska <script>alert(1)</script><img src=x onerror=\"window.__kordonXss=1\">";
        screen(hostile, null);

        assertThat(driver.findElement(By.cssSelector("#results h2 q")).getText()).isEqualTo(hostile);
        assertNoMarkupRan();
    }

    @Test
    void hostileSubjectId_alertQueueAndEvidence_shownAsText() {
        String hostile = "<script>alert(1)</script><img src=x onerror=\"window.__kordonXss=1\">";
        screen("Oleg Deripaska", hostile);
        assertThat(byId("recorded").getText()).contains(hostile);
        assertNoMarkupRan();

        open("alerts");
        WebElement row = driver.findElements(By.cssSelector("#queue tbody tr")).stream()
                .filter(r -> r.getText().contains(hostile)).findFirst().orElseThrow();
        assertNoMarkupRan();
        row.findElement(By.cssSelector("td a")).click();
        waitReady("alert");

        assertThat(driver.findElement(By.cssSelector(".side-by-side")).getText()).contains("Subject ID\n" + hostile);
        assertNoMarkupRan();
    }

    @Test
    void hostileEntityIdInAddress_errorShownAsText() {
        String hostile = "<img src=x onerror=\"window.__kordonXss=1\">";
        open("entity/" + java.net.URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20"));

        assertThat(driver.findElement(By.cssSelector("main .error")).getText()).contains("no listed entity '" + hostile + "'");
        assertNoMarkupRan();
    }

    static void assertNoMarkupRan() {
        assertThat(driver.findElements(By.cssSelector("main script, main img, main [onerror]"))).isEmpty();
        assertThat(js("return window.__kordonXss")).isNull();
        assertNoDialog(driver);
    }

    @Test
    void screenForm_keyboardOnly_tabsThroughFieldsAndOpensEntity() {
        open("screen");
        Actions keys = new Actions(driver);

        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId()).isEqualTo("q-name");
        keys.sendKeys("Oleg Deripaska").perform();
        for (String next : List.of("q-schema", "q-birth", "q-country", "q-ident", "q-subject", "screen-button")) {
            keys.sendKeys(Keys.TAB).perform();
            assertThat(activeId()).isEqualTo(next);
        }
        keys.sendKeys(Keys.ENTER).perform();
        wait.until(d -> !d.findElements(By.cssSelector("#results .entity-link")).isEmpty());
        keys.sendKeys(Keys.TAB).perform();
        assertThat((String) js("return document.activeElement.className")).isEqualTo("entity-link");
        keys.sendKeys(Keys.ENTER).perform();

        waitReady("entity");
        assertThat(driver.findElement(By.tagName("h1")).getText()).containsIgnoringCase("Deripaska");
        assertThat((String) js("return document.activeElement.tagName")).isEqualTo("H1");
    }

    @Test
    void apiKey_noneThenReadOnly_pageSaysWhichKeyIsNeeded() {
        useKey("", "anna");
        screen("Oleg Deripaska", null);
        assertThat(driver.findElement(By.cssSelector("#results .error")).getText()).contains("needs an API key");

        useKey(READ_KEY, "anna");
        screen("Oleg Deripaska", "web-readonly-1");
        assertThat(driver.findElement(By.cssSelector("#results .result")).getText()).containsIgnoringCase("Deripaska");
        assertThat(driver.findElement(By.cssSelector("#results .error")).getText()).contains("needs a write key").contains("read-only");
        assertThat(js("return sessionStorage.getItem('kordon.apiKey')")).isEqualTo(READ_KEY);
    }

    @Test
    void lists_diffFromNothing_chartAndChangesShown() throws Exception {
        open("lists");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Loaded list versions").contains("(current)");
        byId("d-from").sendKeys("nothing");
        driver.findElement(By.cssSelector("#diff-form button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#diff svg.chart")).isEmpty());

        assertThat(driver.findElements(By.cssSelector("#diff svg.chart rect")).size()).isGreaterThan(2);
        assertThat(byId("diff").getText()).containsPattern("\\d+ change\\(s\\) from nothing to v2: \\d+ added, 0 changed, [1-9]\\d* removed");
        assertThat(byId("diff").getText()).contains("added").contains("Changes");
        shot("lists");
    }

    @Test
    void batch_csvUpload_progressDoneAndDownloadLink() throws Exception {
        Path csv = tmp.resolve("subjects.csv");
        Files.writeString(csv, "id,name,country\nb-1,Oleg Deripaska,ru\nb-2,\"Smith, Jane\",gb\nb-3,Sberbank of Russia,\n", StandardCharsets.UTF_8);
        open("batch");
        byId("b-file").sendKeys(csv.toAbsolutePath().toString());
        byId("batch-button").click();

        wait.until(d -> d.findElement(By.id("batch-status")).getText().startsWith("Done"));
        assertThat(byId("batch-status").getText()).isEqualTo("Done: 3 subject(s) screened.");
        assertThat(byId("batch-progress").getDomProperty("value")).isEqualTo("3");
        assertThat(byId("batch-download").getDomAttribute("href")).startsWith("blob:");
        assertThat(byId("batch-out").getText()).contains("Smith, Jane").contains("b-3");
        shot("batch");
    }

    @Test
    void batch_rowWithoutName_errorNamesFileLineAndField() {
        Path csv = tmp.resolve("bad.csv");
        try {
            Files.writeString(csv, "id,name\nb-9,Oleg Deripaska\nb-10,\n", StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        open("batch");
        byId("b-file").sendKeys(csv.toAbsolutePath().toString());
        byId("batch-button").click();

        wait.until(d -> !d.findElements(By.cssSelector("#batch-out .error")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#batch-out .error")).getText()).isEqualTo("bad.csv line 3, field name: empty");
    }

    private static String activeId() {
        return (String) js("return document.activeElement.id");
    }

    @Test
    void alert_ownership_pathShownOnAlertPage() {
        String owner = wf.snapshot().entities().stream().filter(e -> e.caption().toUpperCase(Locale.ROOT).contains("DERIPASKA"))
                .findFirst().orElseThrow().id();
        OwnershipGraph g = OwnershipGraph.builder()
                .stake(Stake.shares(owner, "Beta Holding Ltd", Share.exact(100)))
                .stake(Stake.shares("Beta Holding Ltd", "Beta Trade LLP", Share.exact(50)))
                .build();
        wf.useStakes(() -> new Workflow.Stakes(g, Set.of(), "stakes.csv"), "test");
        long id = wf.screen(new Subject("web-owned-1", "Beta Trade LLP", Schema.COMPANY, null, null, List.of(), true), "test")
                .opened().get(0).id();

        open("alert/" + id);

        assertThat(driver.findElement(By.cssSelector("p.explanation")).getText())
                .startsWith("Ownership: the listed entity owns or controls the subject. Path: ")
                .endsWith(owner + " -100%-> Beta Holding Ltd(blocked) -50%-> Beta Trade LLP");
    }
}

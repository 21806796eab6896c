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
import org.kordon.maritime.VesselData;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Share;
import org.kordon.ownership.Stake;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.server.Access;
import org.kordon.server.ApiKeys;
import org.kordon.server.Features;
import org.kordon.server.KordonServer;
import org.kordon.server.ServerConfig;
import org.kordon.store.Store;
import org.kordon.store.Subject;
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
    static final String SPLIT_CYRILLIC = "Иван Пет рович СИДО РОВ";
    static final String DIACRITICS = "Aliaksandr Ryhoravič LUKAŠENKA";
    static final String JOIN_A = "web-test:4";
    static final String JOIN_B = "web-test-b:4";

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
        ApiKeys keys = ApiKeys.parse(ApiKeys.line("anna", Access.WRITE, WRITE_KEY) + "\n" + ApiKeys.line("viewer", Access.READ, READ_KEY), "test");
        // a second list version without a few entities, so that the Lists page has history to show
        ListSnapshot first = wf.snapshot();
        List<Entity> kept = first.entities().stream()
                .filter(e -> !(e.source().list().startsWith("un") && e.schema() == Schema.PERSON) || e.id().hashCode() % 3 != 0).toList();
        // and two entities of the test's own list: a Cyrillic name split inside its words as the EU's Official Journal
        // transcription writes Putin's ("Влади мир Влади мирович ПУ ТИН"), and a Latin name with diacritics
        List<Entity> withFixtures = new java.util.ArrayList<>(kept);
        withFixtures.add(Entity.builder("web-test:1", Schema.PERSON).name(SPLIT_CYRILLIC, NameKind.PRIMARY)
                .source(new SourceRef("web-test", "1")).build());
        withFixtures.add(Entity.builder("web-test:2", Schema.PERSON).name(DIACRITICS, NameKind.PRIMARY)
                .source(new SourceRef("web-test", "1")).build());
        // and one person on two test lists, tied by a passport, whose lists give different identifiers
        withFixtures.add(Entity.builder("web-test:3", Schema.PERSON).name("Pyotr Testovich FIKTIVNY", NameKind.PRIMARY)
                .birthDate(org.kordon.model.DateRange.parse("1970-01-02"))
                .identifier(new Identifier(IdType.PASSPORT, "7700112233", "ru", null)).source(new SourceRef("web-test", "1")).build());
        withFixtures.add(Entity.builder("web-test-b:3", Schema.PERSON).name("FIKTIVNY, Pyotr", NameKind.PRIMARY)
                .identifier(new Identifier(IdType.PASSPORT, "7700112233", "ru", null))
                .identifier(new Identifier(IdType.TAX_ID, "770011223344", "ru", null)).source(new SourceRef("web-test-b", "1")).build());
        // and two persons with nothing in common, on two test lists: separate until an analyst joins them
        withFixtures.add(Entity.builder(JOIN_A, Schema.PERSON).name("Gavriil ODINOKOV", NameKind.PRIMARY)
                .source(new SourceRef("web-test", "1")).build());
        withFixtures.add(Entity.builder(JOIN_B, Schema.PERSON).name("Marfa Testovna ZAGADKINA", NameKind.PRIMARY)
                .source(new SourceRef("web-test-b", "1")).build());
        wf.load(ListLoad.ofSnapshot(new ListSnapshot(first.sources(), withFixtures), "sample without some UN persons, with test entities"), "test");
        // vessel histories: a few real rows of the shadow-fleet data (9259185 HEBE is also on the sample EU list)
        VesselData vessels = VesselData.load(Path.of(WebPageBrowserTest.class.getResource("/web/shadowfleet").toURI()));
        server = KordonServer.start(ServerConfig.defaults().withPort(0).withApiKeys(keys), wf, null, Features.standard(wf, vessels));

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
        screen(name, null, subjectId);
    }

    static void screen(String name, String birthDate, String subjectId) {
        open("screen");
        byId("q-name").sendKeys(name);
        if (birthDate != null) {
            byId("q-birth").sendKeys(birthDate);
        }
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

    /** A screenshot of a page longer than the window: the window made {@code height} tall for it, then put back. */
    static void tallShot(String name, int height) throws Exception {
        if (System.getenv("KORDON_WEB_SCREENSHOTS") != null) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, height));
            shot(name);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
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
    void batch_rowWithoutName_reportedWithLineAndSkipped_othersScreened() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "id,name\nb-9,Oleg Deripaska\nb-10,\nb-11,Sberbank of Russia\n", StandardCharsets.UTF_8);
        open("batch");
        byId("b-file").sendKeys(csv.toAbsolutePath().toString());
        byId("batch-button").click();

        wait.until(d -> d.findElement(By.id("batch-status")).getText().startsWith("Done"));
        assertThat(byId("batch-status").getText()).isEqualTo("Done: 2 subject(s) screened, 1 row(s) skipped.");
        assertThat(byId("batch-skipped").getText()).contains("bad.csv line 3, field name: empty; row skipped");
        assertThat(byId("batch-out").getText()).contains("b-9").contains("b-11").doesNotContain("b-10");
    }

    @Test
    void batch_pastedRowTheServerRefuses_reportedWithLineAndSkipped_othersScreened() throws Exception {
        open("batch");
        byId("b-text").sendKeys("id,name,schema,birth_date\np-1,Oleg Deripaska,Person,\np-2,Sberbank of Russia,Spaceship,\n"
                + "p-3,Arkady Rotenberg,,1951-13\np-4,Jane Smith,,\n");
        byId("batch-button").click();

        wait.until(d -> d.findElement(By.id("batch-status")).getText().startsWith("Done"));
        assertThat(byId("batch-status").getText()).isEqualTo("Done: 3 subject(s) screened, 1 row(s) skipped.");
        assertThat(byId("batch-skipped").getText())
                .contains("pasted.csv line 3, field schema: unknown schema 'Spaceship'").contains("; row skipped")
                .contains("pasted.csv line 4: birthDate '1951-13' ignored");
        assertThat(byId("batch-out").getText()).contains("p-1").contains("p-3").contains("p-4");
        assertThat(driver.findElements(By.cssSelector("#batch-out tbody tr")).stream().map(WebElement::getText))
                .noneSatisfy(r -> assertThat(r).startsWith("p-2"));
        shot("batch-skipped");
    }

    // ------------------------------------------------------------------ resolved entities, highlighting, explanation

    /** The texts of the marks in the first result whose entity link contains {@code caption}. */
    static List<String> marks(String caption) {
        WebElement result = driver.findElements(By.cssSelector("#results .result")).stream()
                .filter(r -> r.findElement(By.cssSelector(".entity-link")).getText().contains(caption)).findFirst().orElseThrow();
        return result.findElements(By.cssSelector(".matched mark")).stream().map(WebElement::getText).toList();
    }

    @Test
    void screen_cyrillicNameSplitInsideWords_marksWholeWordsAsWritten() {
        screen("Ivan Sidorov", null);

        assertThat(driver.findElements(By.cssSelector("#results .result")).stream().map(r -> r.findElement(By.cssSelector(".matched")).getText()))
                .contains("Matched name: " + SPLIT_CYRILLIC);
        assertThat(marks("СИДО")).containsExactly("Иван", "СИДО", "РОВ");
    }

    @Test
    void screen_cyrillicQuerySplitCyrillicName_marksWholeWords() {
        screen("Иван Сидоров", null);

        assertThat(marks("СИДО")).containsExactly("Иван", "СИДО", "РОВ");
    }

    @Test
    void screen_latinNameWithDiacritics_marksWholeWords() {
        screen("Aliaksandr Lukasenka", null);

        assertThat(marks("LUKA").stream().map(t -> java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC)))
                .containsExactly("Aliaksandr", "LUKAŠENKA");
    }

    @Test
    void screen_entityOnTwoLists_listingsSideBySideAndBirthDateReadAsSame() throws Exception {
        screen("Vladimir Putin", "1952-10-07", null);

        WebElement first = driver.findElement(By.cssSelector("#results .result"));
        WebElement listings = first.findElement(By.cssSelector("table.listings-side"));
        List<String> lists = listings.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertThat(lists).anySatisfy(t -> assertThat(t).startsWith("ofac-sdn")).anySatisfy(t -> assertThat(t).startsWith("eu-32014R0269"));
        int eu = lists.indexOf(lists.stream().filter(t -> t.startsWith("eu-")).findFirst().orElseThrow());
        int ofac = lists.indexOf(lists.stream().filter(t -> t.startsWith("ofac-")).findFirst().orElseThrow());
        List<WebElement> names = row(listings, "Names");
        assertThat(names.get(eu).getText()).contains("Влади мир Влади мирович ПУ ТИН");
        assertThat(names.get(ofac).getText()).contains("PUTIN, Vladimir Vladimirovich").doesNotContain("Влади");
        assertThat(row(listings, "Programmes").get(ofac).getText()).contains("RUSSIA-EO14024");
        assertThat(row(listings, "Listing ID").get(ofac).getText()).isEqualTo("ofac-sdn:35096");
        assertThat(row(listings, "Birth dates").get(ofac).getText()).isEqualTo("1952-10-07");

        WebElement contributions = first.findElement(By.cssSelector("table.contributions"));
        WebElement birth = contributions.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().startsWith("birth date")).findFirst().orElseThrow();
        assertThat(birth.getText()).contains("same (1952-10-07)").doesNotContain("0.000");
        double sum = contributions.findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream().map(WebElement::getText)
                .mapToDouble(t -> t.equals("no change") ? 0 : Double.parseDouble(t.replace('−', '-'))).sum();
        String score = first.findElement(By.cssSelector(".result-head .score")).getText();
        assertThat(contributions.findElement(By.cssSelector("td.total")).getText()).isEqualTo(score);
        assertThat(sum).isCloseTo(Double.parseDouble(score), org.assertj.core.data.Offset.offset(0.015));
        tallShot("screen-resolved", 1600);
    }

    @Test
    void screen_listingsThatDisagree_rowFlaggedEachValueUnderItsListing() {
        screen("Pyotr Fiktivny", "1970-01-02", null);

        WebElement result = driver.findElements(By.cssSelector("#results .result")).stream()
                .filter(r -> r.getText().contains("FIKTIVNY")).findFirst().orElseThrow();
        WebElement listings = result.findElement(By.cssSelector("table.listings-side"));
        List<String> lists = listings.findElements(By.cssSelector("thead th")).stream().map(t -> t.getText().split(" ")[0]).toList();
        assertThat(lists).containsExactlyInAnyOrder("web-test", "web-test-b");
        int a = lists.indexOf("web-test");
        int b = lists.indexOf("web-test-b");
        List<WebElement> ids = row(listings, "Identifiers");
        assertThat(ids.get(a).getText()).isEqualTo("passport 7700112233 (ru)");
        assertThat(ids.get(b).getText()).contains("passport 7700112233 (ru)").contains("tax number 770011223344 (ru)");
        assertThat(rowHeader(listings, "Identifiers").getText()).isEqualTo("Identifiers differs");
        assertThat(row(listings, "Birth dates").get(a).getText()).isEqualTo("1970-01-02");
        assertThat(row(listings, "Birth dates").get(b).getText()).isEqualTo("—");
        assertThat(rowHeader(listings, "Birth dates").getText()).as("one list alone gives a birth date: nothing disagrees").isEqualTo("Birth dates");
        // "FIKTIVNY, Pyotr" (web-test-b, no birth date) matched best: the birth date is the other list's
        assertThat(listings.findElement(By.cssSelector("thead th.current")).getText()).startsWith("web-test-b");
        assertThat(result.findElements(By.cssSelector("table.contributions tbody tr")).stream().map(WebElement::getText))
                .anySatisfy(r -> assertThat(r).startsWith("birth date").contains("same (1970-01-02), given by web-test"));
    }

    static WebElement rowHeader(WebElement listings, String label) {
        return listings.findElements(By.cssSelector("tbody tr th")).stream().filter(th -> th.getText().startsWith(label)).findFirst().orElseThrow();
    }

    /** The cells of the listings table's row {@code label}, one per listing, indexed as the header's cells. */
    static List<WebElement> row(WebElement listings, String label) {
        WebElement tr = listings.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().startsWith(label)).findFirst().orElseThrow();
        return tr.findElements(By.tagName("td"));
    }

    @Test
    void alert_resolvedEntity_listingsSideBySideMatchedWordsAndReadableContributions() throws Exception {
        long id = wf.screen(new Subject("web-putin-1", "Vladimir Putin", Schema.PERSON, PartialDate.parse("1952-10-07"), null, List.of(), true), "test")
                .alerts().get(0).id();

        open("alert/" + id);

        WebElement listings = driver.findElement(By.cssSelector("table.listings-side"));
        assertThat(listings.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).startsWith("ofac-sdn")).anySatisfy(t -> assertThat(t).startsWith("eu-32014R0269"));
        assertThat(driver.findElements(By.cssSelector(".side-by-side mark")).stream().map(WebElement::getText))
                .allSatisfy(t -> assertThat(t).isIn("PUTIN", "Putin", "Vladimir", "Влади", "мир", "ПУ", "ТИН")).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("table.contributions")).getText())
                .contains("birth date").contains("same (1952-10-07)").doesNotContain("0.000");
        tallShot("alert-resolved", 1400);

        narrow(() -> {
            open("alert/" + id);
            assertFitsWidth();
            assertThat(driver.findElement(By.cssSelector("table.listings-side")).isDisplayed()).isTrue();
        });
    }

    @Test
    void entity_byResolvedId_showsItsFirstListingAndAllListingsSideBySide() {
        String resolved = wf.resolved().entity("ofac-sdn:35096").orElseThrow().id();

        open("entity/" + java.net.URLEncoder.encode(resolved, StandardCharsets.UTF_8));

        assertThat(driver.findElement(By.tagName("h1")).getText()).containsIgnoringCase("Putin");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Resolved entity\n" + resolved).contains("History across list versions");
        assertThat(driver.findElements(By.cssSelector("table.listings-side thead th")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).startsWith("ofac-sdn")).anySatisfy(t -> assertThat(t).startsWith("eu-32014R0269 (this page)"));
    }

    // ------------------------------------------------------------------ analysts' judgements on the resolution

    /** Chooses a judgement on the entity page, gives the reason and records it; waits for the page to show the outcome. */
    static void judge(String choice, String joinWith, String reason) {
        byId(choice).click();
        if (joinWith != null) {
            byId("join-with").sendKeys(joinWith);
        }
        byId("judge-reason").sendKeys(reason);
        WebElement before = driver.findElement(By.tagName("h1"));
        byId("judge-button").click();
        // each judgement resolves the (small) sample lists again: a generous guard, not a timing
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> isStale(before) && !d.findElements(By.id("judge-notice")).isEmpty()
                && "entity".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    static boolean isStale(WebElement e) {
        try {
            e.isDisplayed();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        }
    }

    static List<String> listingHeaders() {
        return driver.findElements(By.cssSelector("table.listings-side thead th")).stream().map(t -> t.getText().split(" ")[0]).toList();
    }

    @Test
    void judgement_joinTwoSeparateListings_oneEntity_thenSplit_twoAgain_listedWithOutcomes() throws Exception {
        open("entity/" + JOIN_A);
        assertThat(driver.findElements(By.cssSelector("table.listings-side"))).as("separate before the join").isEmpty();

        judge("judge-join", JOIN_B, "same woman: the paper file names both");

        assertThat(byId("judge-outcomes").getText()).contains("join " + JOIN_A + " / " + JOIN_B + ": applied");
        assertThat(byId("judge-entities").findElements(By.tagName("li"))).singleElement()
                .satisfies(li -> assertThat(li.getText()).contains("2 listings").contains(JOIN_A).contains(JOIN_B));
        assertThat(listingHeaders()).containsExactlyInAnyOrder("web-test", "web-test-b");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Resolved entity\nke:");
        tallShot("entity-judged", 1300);

        judge("judge-split_" + JOIN_B.replace(':', '_'), null, "two women after all: different fathers");

        assertThat(byId("judge-outcomes").getText()).contains("split " + JOIN_B + " / " + JOIN_A + ": applied");
        assertThat(byId("judge-entities").findElements(By.tagName("li"))).hasSize(2)
                .allSatisfy(li -> assertThat(li.getText()).contains("1 listing,"));
        assertThat(driver.findElements(By.cssSelector("table.listings-side"))).as("one listing again").isEmpty();
        assertThat(driver.findElement(By.cssSelector("#entity-judgements table")).getText())
                .contains("same woman: the paper file names both").contains("two women after all").contains("anna");

        driver.findElement(By.cssSelector("#entity-judgements p a[href='#/judgements']")).click();
        waitReady("judgements");
        List<String> rows = driver.findElements(By.cssSelector("table.judgements tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains(JOIN_A)).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("join").contains("anna").contains("not applied").contains("superseded");
        assertThat(rows.get(1)).contains("split").contains("applied").contains("two women after all: different fathers");
        shot("judgements");
    }

    @Test
    void judgement_readKey_noSplitOrJoinControls() {
        useKey(READ_KEY, "viewer");

        open("entity/web-test:3");

        assertThat(driver.findElements(By.cssSelector("table.listings-side"))).as("the listings are shown").hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#judge-form, #judge-button, #join-with"))).isEmpty();
        assertThat(byId("entity-judgements").getText()).contains("Judgements on these listings");
    }

    @Test
    void judgement_missingReason_refusedNamingTheField_nothingRecorded() {
        int before = store.judgements().size();
        open("entity/web-test:3");

        byId("judge-split_web-test-b_3").click();
        byId("judge-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#judge-error .error")).isEmpty());

        assertThat(driver.findElement(By.cssSelector("#judge-error .error")).getText()).isEqualTo("Reason — reason: is required (400)");
        assertThat(byId("judge-reason").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(activeId()).isEqualTo("judge-reason");
        assertThat(store.judgements()).hasSize(before);
    }

    @Test
    void judgement_splitWithAJoinIdTyped_refusedNotIgnored_formFitsANarrowScreen() throws Exception {
        int before = store.judgements().size();
        narrow(() -> {
            open("entity/web-test:3");
            assertFitsWidth();

            byId("join-with").sendKeys("web-test:1");
            byId("judge-split_web-test-b_3").click();
            byId("judge-reason").sendKeys("checked");
            byId("judge-button").click();
            wait.until(d -> !d.findElements(By.cssSelector("#judge-error .error")).isEmpty());

            assertThat(driver.findElement(By.cssSelector("#judge-error .error")).getText()).contains("b: a split takes no \"Join with\" id");
            assertThat(store.judgements()).hasSize(before);
        });
    }

    @Test
    void judgement_joinWithUnknownListing_refusedNamingTheField() {
        open("entity/web-test:3");

        judgeExpectingError("judge-join", "web-test:no-such-listing", "checked");

        assertThat(driver.findElement(By.cssSelector("#judge-error .error")).getText()).startsWith("Join with — b: ")
                .contains("web-test:no-such-listing").endsWith("(404)");
        assertThat(byId("join-with").getDomAttribute("aria-invalid")).isEqualTo("true");
    }

    static void judgeExpectingError(String choice, String joinWith, String reason) {
        byId(choice).click();
        byId("join-with").sendKeys(joinWith);
        byId("judge-reason").sendKeys(reason);
        byId("judge-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#judge-error .error")).isEmpty());
    }

    // ------------------------------------------------------------------ a 400-pixel-wide screen

    static final int NARROW = 400;

    /** Runs {@code check} with the window 400 px wide, then puts the window back. */
    static void narrow(ThrowingRunnable check) throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(NARROW, 900));
        try {
            check.run();
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static void assertFitsWidth() {
        assertThat(((Number) js("return window.innerWidth")).intValue()).isLessThanOrEqualTo(NARROW);
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(NARROW);
    }

    @Test
    void narrowScreen_headerAndQueueFit_alertActionClickable() throws Exception {
        screen("Oleg Deripaska", "web-narrow-1");
        narrow(() -> {
            open("screen");
            assertFitsWidth();
            assertThat(byId("api-key").isDisplayed()).isTrue();

            open("alerts");
            assertFitsWidth();
            shot("alerts-narrow");
            WebElement row = driver.findElements(By.cssSelector("#queue tbody tr")).stream()
                    .filter(r -> r.getText().contains("web-narrow-1")).findFirst().orElseThrow();
            WebElement action = row.findElement(By.cssSelector("td a"));
            js("arguments[0].scrollIntoView({block: 'center'})", action);
            assertThat(action.isDisplayed()).isTrue();
            assertThat(((Number) js("const r = arguments[0].getBoundingClientRect(); return r.right", action)).doubleValue()).isLessThanOrEqualTo(NARROW);
            action.click();
            waitReady("alert");
            assertThat(byId("subject-name").getText()).isEqualTo("Oleg Deripaska");
            assertFitsWidth();
        });
    }

    // ------------------------------------------------------------------ Scan, Ownership, Vessel, Shipments

    @Test
    void scan_textWithListedName_markedListedAndLinkedToEntity() throws Exception {
        open("scan");
        byId("s-text").sendKeys("Talks in Moscow: Vladimir Putin met Herman Gref, the head of Sberbank. Angela Merkel watched from Berlin, and Rotenberg said nothing.");
        byId("scan-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#scan-out h2, #scan-out .error")).isEmpty());

        WebElement putin = driver.findElements(By.cssSelector("#annotated .mention")).stream()
                .filter(m -> m.getText().contains("Vladimir Putin")).findFirst().orElseThrow();
        assertThat(putin.getTagName()).isEqualTo("a");
        assertThat(putin.getDomAttribute("class")).isEqualTo("mention listed");
        assertThat(putin.getDomAttribute("href")).startsWith("#/entity/");
        assertThat(putin.getText()).startsWith("⚑");
        assertThat(byId("scan-legend").getText()).contains("listed").contains("ambiguous").contains("not listed");
        assertThat(driver.findElement(By.cssSelector("table.mentions")).getText()).contains("Vladimir Putin").contains("listed");
        assertThat(driver.findElements(By.cssSelector("#annotated span.mention.not-listed")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).contains("Angela Merkel"));
        shot("scan");

        putin.click();
        waitReady("entity");
        assertThat(driver.findElement(By.tagName("h1")).getText()).containsIgnoringCase("Putin");
    }

    @Test
    void scan_hostileMarkupInText_shownAsText() {
        String hostile = "Vladimir Putin <script>alert(1)</script><img src=x onerror=\"window.__kordonXss=1\"> said.";
        open("scan");
        byId("s-text").sendKeys(hostile);
        byId("scan-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#scan-out h2, #scan-out .error")).isEmpty());

        assertThat(byId("annotated").getText()).contains("<script>alert(1)</script><img src=x onerror=\"window.__kordonXss=1\">");
        assertNoMarkupRan();
    }

    @Test
    void scan_htmlFile_visibleTextAnnotated() throws Exception {
        Path html = tmp.resolve("news.html");
        Files.writeString(html, "<html><head><title>t</title><script>var x = 'Vladimir Putin';</script></head>"
                + "<body><p>Sergei Lavrov spoke.</p></body></html>", StandardCharsets.UTF_8);
        open("scan");
        byId("s-file").sendKeys(html.toAbsolutePath().toString());
        wait.until(d -> !d.findElement(By.id("s-text")).getDomProperty("value").isEmpty());
        byId("scan-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#scan-out h2, #scan-out .error")).isEmpty());

        assertThat(byId("annotated").getText()).contains("Sergei Lavrov").contains("spoke.").doesNotContain("var x").doesNotContain("<p>");
        assertThat(driver.findElements(By.cssSelector("#annotated a.mention.listed")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).contains("Sergei Lavrov"));
        assertNoMarkupRan();
    }

    @Test
    void scan_pdfFile_textExtractedByServerAndScanned() throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Sergei Lavrov spoke in Geneva.");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        open("scan");
        byId("s-file").sendKeys(pdf.toAbsolutePath().toString());
        wait.until(d -> !d.findElement(By.id("s-file-note")).getText().isEmpty() || !d.findElements(By.cssSelector("#scan-out .error")).isEmpty());
        assertThat(byId("s-file-note").getText()).startsWith("Text extracted from report.pdf (PDF, ");
        byId("scan-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#scan-out h2, #scan-out .error")).isEmpty());

        assertThat(driver.findElements(By.cssSelector("#annotated a.mention.listed")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).contains("Sergei Lavrov"));
    }

    static void ownership(String stakes, String listed, String regime) {
        open("ownership");
        byId("o-stakes").sendKeys(stakes);
        byId("o-listed").sendKeys(listed);
        new org.openqa.selenium.support.ui.Select(byId("o-regime")).selectByValue(regime);
        byId("own-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#own-out h2, #own-out .error")).isEmpty());
    }

    @Test
    void ownership_ofacChainFiftyFifty_bBlockedAndPathDrawn() throws Exception {
        ownership("owner_id,owned_id,share_min,share_max,type,start,end\nX,A,50,50,shareholding,,\nA,B,50,50,shareholding,,\n"
                + "Z,C,30,30,shareholding,,\nX,D,10,10,shareholding,,\nA,D,40,40,shareholding,,\n", "entity_id\nX\n", "ofac");

        List<String> rows = driver.findElements(By.cssSelector("#own-results tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("B ofac blocked 50%").contains("X -50%-> A(blocked) -50%-> B"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("C ofac clear"));
        WebElement b = driver.findElements(By.cssSelector("#own-results tbody tr")).stream()
                .filter(r -> r.getText().startsWith("B ")).findFirst().orElseThrow();
        b.findElement(By.tagName("button")).click();

        WebElement svg = driver.findElement(By.cssSelector("#own-path svg.graph"));
        assertThat(svg.findElements(By.cssSelector("g.node")).stream().map(n -> n.getDomAttribute("data-id"))).containsExactlyInAnyOrder("X", "A", "B");
        assertThat(svg.findElement(By.cssSelector("g.node.listed")).getDomAttribute("data-id")).isEqualTo("X");
        assertThat(svg.findElement(By.cssSelector("g.node.blocked")).getDomAttribute("data-id")).isEqualTo("A");
        assertThat(svg.findElement(By.cssSelector("g.node.target")).getDomAttribute("data-id")).isEqualTo("B");
        assertThat(svg.findElements(By.cssSelector(".edge-label text")).stream().map(WebElement::getText)).containsExactly("50%", "50%");

        // OFAC's third example: X owns 50% of A and 10% of D, A owns 40% of D -> D blocked, both paths drawn
        driver.findElements(By.cssSelector("#own-results tbody tr")).stream()
                .filter(r -> r.getText().startsWith("D ofac blocked 50%")).findFirst().orElseThrow().findElement(By.tagName("button")).click();
        WebElement d = driver.findElement(By.cssSelector("#own-path svg.graph"));
        assertThat(d.findElements(By.cssSelector("g.node")).stream().map(n -> n.getDomAttribute("data-id"))).containsExactlyInAnyOrder("X", "A", "D");
        assertThat(d.findElements(By.cssSelector("g.edge-group"))).hasSize(3);
        tallShot("ownership", 1400);
    }

    @Test
    void ownership_keyboardOnly_exampleComputedAndPathShown() {
        open("ownership");
        byId("own-example").sendKeys(Keys.ENTER);
        byId("own-button").sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector("#own-results")).isEmpty());
        assertThat(byId("own-path").getText()).contains("Evidence path for A3");

        driver.findElements(By.cssSelector("#own-results tbody tr")).stream().filter(r -> r.getText().startsWith("B3 "))
                .findFirst().orElseThrow().findElement(By.tagName("button")).sendKeys(Keys.ENTER);
        assertThat(byId("own-path").getText()).contains("Evidence path for B3").contains("X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3");
        assertThat(driver.findElements(By.cssSelector("#own-path g.edge-group"))).hasSize(3);
    }

    @Test
    void ownership_shareAboveHundred_errorNamesFileLineAndField() {
        ownership("owner_id,owned_id,share_min,share_max,type,start,end\nX,A,50,50,shareholding,,\nX,B,150,,shareholding,,\n", "entity_id\nX\n", "ofac");

        assertThat(driver.findElement(By.cssSelector("#own-out .error")).getText())
                .isEqualTo("stakes.csv line 3, field share_min: a share must be between 0 and 100, got 150");
    }

    @Test
    void ownership_hostileStakeId_shownAsTextInTableAndPicture() {
        String hostile = "<img src=x onerror=\"window.__kordonXss=1\">";
        ownership("owner_id,owned_id,share_min,share_max,type,start,end\n\"" + hostile.replace("\"", "\"\"") + "\",B,60,60,shareholding,,\n",
                "entity_id\n\"" + hostile.replace("\"", "\"\"") + "\"\n", "uk");

        assertThat(byId("own-results").getText()).contains(hostile + " -60%-> B");
        assertThat(driver.findElement(By.cssSelector("#own-path g.node.listed")).getDomAttribute("data-id")).isEqualTo(hostile);
        assertNoMarkupRan();
    }

    @Test
    void vessel_sampleListedImo_listingTimelineAndIndicatorsShown() throws Exception {
        open("vessel");
        byId("v-imo").sendKeys("IMO 9259185");
        js("arguments[0].value = '2026-11-24'", byId("v-asof"));
        byId("vessel-button").click();
        waitReady("vessel");
        wait.until(d -> !d.findElements(By.cssSelector("#vessel-out h2, #vessel-out .error")).isEmpty());

        assertThat(byId("vessel-title").getText()).startsWith("IMO 9259185");
        assertThat(driver.findElement(By.cssSelector("table.listings")).getText()).containsIgnoringCase("hebe").contains("eu");
        assertThat(driver.findElements(By.cssSelector("#vessel-out svg.timeline g.period[data-kind=name]"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#vessel-out svg.timeline g.period[data-kind=flag]"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("table.history")).getText()).contains("Flag");
        assertThat(byId("indicators").getText()).contains("15 years");
        tallShot("vessel", 1500);
    }

    @Test
    void vessel_badCheckDigit_refusedInPage_unknownImo_serverErrorShown() {
        open("vessel");
        byId("v-imo").sendKeys("9259186");
        byId("vessel-button").click();
        assertThat(byId("v-imo-error").getText()).isEqualTo("invalid IMO number '9259186': check digit is 5, not 6");
        assertThat(byId("v-imo").getDomAttribute("aria-invalid")).isEqualTo("true");

        open("vessel/9074729");
        wait.until(d -> !d.findElements(By.cssSelector("#vessel-out .error")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#vessel-out .error")).getText()).startsWith("Error 404: IMO 9074729 is in no list loaded");
    }

    @Test
    void shipments_chipsToRussia_sanctionedDestinationHigh() throws Exception {
        open("shipments");
        byId("sh-exporter").sendKeys("Alpha Elektronik GmbH");
        byId("sh-exporter_country").sendKeys("DE");
        byId("sh-consignee").sendKeys("Sberbank of Russia");
        byId("sh-consignee_country").sendKeys("RU");
        byId("sh-destination_country").sendKeys("RU");
        byId("sh-transit_countries").sendKeys("KZ");
        byId("sh-hs_code").sendKeys("8542.31.0000");
        byId("sh-description").sendKeys("microcontrollers");
        byId("ship-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#ship-out h2, #ship-out .error")).isEmpty());

        assertThat(byId("ship-out").getText()).contains("sanctioned_destination");
        WebElement s1 = driver.findElement(By.cssSelector("section.shipment[data-shipment='S-1']"));
        assertThat(s1.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText))
                .anySatisfy(r -> assertThat(r).startsWith("sanctioned_destination high").contains("854231"))
                .anySatisfy(r -> assertThat(r).startsWith("controlled_goods high"));
        assertThat(byId("ship-summary").getText()).startsWith("1 shipment(s), 1 with findings");
        tallShot("shipments", 1400);
    }

    @Test
    void shipments_consigneeHeldByListedBank_ownedByListedWithPath() {
        open("shipments");
        byId("sh-consignee").sendKeys("Beta Trade LLP");
        byId("sh-consignee_country").sendKeys("KZ");
        byId("sh-destination_country").sendKeys("KZ");
        byId("sh-hs_code").sendKeys("854231");
        driver.findElement(By.cssSelector("#sh-ownership summary")).click();
        byId("sh-stakes").sendKeys("owner_id,owned_id,share_min,share_max,type,start,end\n"
                + "ofac-sdn:17018,Beta Holding Ltd,100,100,shareholding,2022-01-01,\nBeta Holding Ltd,Beta Trade LLP,50,50,shareholding,2023-05-01,\n");
        byId("ship-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#ship-out h2, #ship-out .error")).isEmpty());

        assertThat(driver.findElements(By.cssSelector("section.shipment tbody tr")).stream().map(WebElement::getText))
                .anySatisfy(r -> assertThat(r).startsWith("owned_by_listed high consignee ofac-sdn:17018")
                        .contains("ofac-sdn:17018 -100%-> Beta Holding Ltd(blocked) -50%-> Beta Trade LLP"));
    }

    @Test
    void shipments_csvWithBadCountry_errorNamesFileLineAndField() throws Exception {
        Path csv = tmp.resolve("shipments.csv");
        Files.writeString(csv, "id,destination_country,hs_code\nS-1,RU,854231\nS-2,XX,854231\n", StandardCharsets.UTF_8);
        open("shipments");
        byId("sh-file").sendKeys(csv.toAbsolutePath().toString());
        byId("ship-file-button").click();

        wait.until(d -> !d.findElements(By.cssSelector("#ship-out .error")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#ship-out .error")).getText()).startsWith("shipments.csv line 3, field destination_country: ");
    }

    // ------------------------------------------------------------------ Payments

    /** A pacs.008 from a Dutch customer through Deutsche Bank to a branch of Sberbank (SABRRUMM, on the sample OFAC list). */
    static final String PACS008_TO_SBERBANK_BRANCH = """
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>
              <GrpHdr><MsgId>CBPR-20261208-0042</MsgId><CreDtTm>2026-12-08T09:00:00+00:00</CreDtTm><NbOfTxs>1</NbOfTxs>
                <SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>
              <CdtTrfTxInf>
                <PmtId><EndToEndId>INV-2026-0042</EndToEndId><UETR>5e0c7b1a-2d4f-4a8b-9e61-0f3a2b4c6d70</UETR></PmtId>
                <Dbtr><Nm>Jan de Vries</Nm><PstlAdr><Ctry>NL</Ctry></PstlAdr></Dbtr>
                <DbtrAgt><FinInstnId><BICFI>INGBNL2AXXX</BICFI></FinInstnId></DbtrAgt>
                <IntrmyAgt1><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></IntrmyAgt1>
                <CdtrAgt><FinInstnId><BICFI>SABRRUMM012</BICFI></FinInstnId></CdtrAgt>
                <Cdtr><Nm>OOO Vostok Trading</Nm><PstlAdr><Ctry>RU</Ctry></PstlAdr></Cdtr>
              </CdtTrfTxInf>
            </FIToFICstmrCdtTrf></Document>""";

    @Test
    void payments_pacs008ToListedBankBranch_routeDrawnDebtorToCreditorWithTheHitMarked() throws Exception {
        open("payments");
        js("document.getElementById('p-message').value = arguments[0]", PACS008_TO_SBERBANK_BRANCH);
        byId("pay-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#pay-verdict, #pay-out .error")).isEmpty());

        assertThat(byId("pay-verdict").getText()).startsWith("Verdict: block");
        List<WebElement> route = driver.findElements(By.cssSelector("section.payment-tx ol.route li.party"));
        assertThat(route.stream().map(li -> li.getDomAttribute("data-role")).toList())
                .containsSubsequence("debtor", "debtor_agent", "intermediary_agent_1", "creditor_agent", "creditor");
        WebElement agent = route.stream().filter(li -> "creditor_agent".equals(li.getDomAttribute("data-role"))).findFirst().orElseThrow();
        assertThat(agent.getDomAttribute("class")).contains("hit").contains("block");
        assertThat(agent.getText()).contains("SABRRUMM012").contains("ofac");
        assertThat(route.stream().filter(li -> "debtor".equals(li.getDomAttribute("data-role"))).findFirst().orElseThrow()
                .getDomAttribute("class")).doesNotContain("hit");
        assertThat(driver.findElement(By.cssSelector("table.findings")).getText()).contains("creditor_agent").contains("SABRRUMM012");
        assertThat(driver.findElements(By.id("pay-recorded"))).as("nothing recorded without a subject id").isEmpty();
        shot("payments");
    }

    @Test
    void payments_withSubjectId_alertsOpenedAndLinked() {
        open("payments");
        js("document.getElementById('p-message').value = arguments[0]", PACS008_TO_SBERBANK_BRANCH.replace("0042", "0043"));
        byId("p-subject").sendKeys("web-pay-1");
        byId("pay-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#pay-recorded, #pay-out .error")).isEmpty());

        assertThat(byId("pay-recorded").getText()).contains("1 payment(s) recorded under web-pay-1").contains("blocked");
        WebElement alert = driver.findElement(By.cssSelector("#pay-recorded a[href^='#/alert/']"));
        alert.click();
        waitReady("alert");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("SABRRUMM012");
        assertThat(byId("alert-payment").getText()).contains("CBPR-20261208-0043").contains("blocked");
    }

    @Test
    void payments_unreadableMessage_heldWithTheReason() {
        open("payments");
        byId("p-message").sendKeys("{1:F01COBADEFFAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\n:20:X\n:59:JANE DOE\n");
        byId("pay-button").click();
        wait.until(d -> !d.findElements(By.cssSelector("#pay-verdict, #pay-out .error")).isEmpty());

        assertThat(byId("pay-verdict").getText()).startsWith("Verdict: hold");
        assertThat(driver.findElement(By.cssSelector("section.unreadable")).getText()).contains("block 4");
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
        assertThat(driver.findElement(By.tagName("main")).getText()).as("an absent part is left out, never written as null")
                .doesNotContainPattern("\\bnull\\b");
    }
}

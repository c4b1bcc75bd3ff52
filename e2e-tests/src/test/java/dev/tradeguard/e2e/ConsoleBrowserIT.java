package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.testing.pipeline.ConsoleProcess;
import dev.tradeguard.testing.pipeline.LocalPipeline;

/**
 * The operator's console in a real browser (Debian's headless Chromium through chromedriver, phone-sized) against the
 * running pipeline: an approver approves by keyboard alone and the order reaches the broker simulator; a viewer sees
 * no approve button and forged posts are refused; a risk officer halts the account, a following approval is denied on
 * re-check, and the risk officer resumes; an admin closes every position behind a typed confirmation and the
 * simulator is flat. Every control on every page has a label; each page is photographed into
 * {@code target/console-screenshots/}. Runs after the other scenarios: it halts, resumes and flattens the account.
 */
@Order(7)
@ExtendWith(Pipeline.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
    private static final String APPROVED_SYMBOL = "BRST";
    private static final int APPROVED_QUANTITY = 7;
    private static final String HALTED_SYMBOL = "FAST";
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots").toAbsolutePath();
    private static final Duration BROWSER_PATIENCE = Duration.ofSeconds(20);

    private static ConsoleProcess console;
    private static WebDriver browser;
    /** The approval the viewer and the halted approval use: opened once, pending until the halt denies it. */
    private static String pendingApprovalId;

    @BeforeAll
    static void startConsoleAndBrowser() throws IOException {
        console = ConsoleProcess.start(Pipeline.get(), freePort());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        // the driver is given: Selenium Manager has nothing to find or download
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
                .withLogFile(Pipeline.get().workDir().resolve("logs/chromedriver.log").toFile()).build();
        browser = new ChromeDriver(driver, options);
        browser.manage().window().setSize(new Dimension(390, 844));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowserAndConsole() {
        if (browser != null) {
            browser.quit();
        }
        if (console != null) {
            console.close();
        }
    }

    @Test
    @Order(1)
    void anApproverApprovesANewPendingTradeByKeyboardAloneAndItReachesTheBrokerSimulator() {
        LocalPipeline pipeline = Pipeline.get();
        pipeline.setPrice(APPROVED_SYMBOL, "20.00");
        signIn("alice");
        open("/approvals");
        String recommendationId = Pipeline.recommendBuy(APPROVED_SYMBOL, APPROVED_QUANTITY, "20.00", "18.00", "26.00");
        String approvalId = Pipeline.awaitPendingApproval(recommendationId);

        // the open page shows it without a reload
        By approve = By.id("approve-" + approvalId);
        Awaitility.await("the new approval appears on the open page").atMost(BROWSER_PATIENCE)
                .until(() -> !browser.findElements(approve).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-approval='" + approvalId + "'] .time-left")).getText())
                .matches("\\d+m \\d{2}s");
        assertEveryControlLabelled("approvals (approver)");
        screenshot("approvals-approver");

        // keyboard only: TAB from the top of the page to the approve button, ENTER
        browser.findElement(By.tagName("body")).click();
        boolean reached = false;
        for (int tab = 0; tab < 60 && !reached; tab++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            reached = approve.equals(By.id(browser.switchTo().activeElement().getAttribute("id")));
        }
        assertThat(reached).as("the approve button is reachable with TAB").isTrue();
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        WebElement outcome = awaitOutcome();
        assertThat(outcome.getText()).contains("Approved: BUY " + APPROVED_QUANTITY + " " + APPROVED_SYMBOL + " for "
                + LocalPipeline.ACCOUNT).contains("approved by alice");
        screenshot("approvals-approved");
        Awaitility.await("the approved order at the broker simulator").atMost(Pipeline.PATIENCE)
                .until(() -> Pipeline.brokerOrders(APPROVED_SYMBOL).stream().anyMatch(o ->
                        o.path("qty").asText().equals(String.valueOf(APPROVED_QUANTITY))));
        JsonNode audited = Pipeline.VIEWER.get(pipeline.risk().baseUrl() + "/approvals/" + approvalId).body();
        assertThat(audited.path("decidedBy").asText()).as("risk-service records the person").isEqualTo("alice");
    }

    @Test
    @Order(2)
    void aViewerSeesNoApproveButtonAndAForgedPostIsRefused() {
        Pipeline.get().setPrice(HALTED_SYMBOL, "50.00");
        pendingApprovalId = Pipeline.awaitPendingApproval(Pipeline.recommendBuy(HALTED_SYMBOL, 3, "50.00", "45.00",
                "60.00"));
        signIn("vera");
        open("/approvals");
        Awaitility.await("the pending approval is listed").atMost(BROWSER_PATIENCE).until(() -> !browser
                .findElements(By.cssSelector("[data-approval='" + pendingApprovalId + "']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("[id^='approve-']"))).as("approve buttons for a viewer")
                .isEmpty();
        assertEveryControlLabelled("approvals (viewer)");
        screenshot("approvals-viewer");

        // a form without the CSRF token, as another site would send it
        forgePost("/approvals/" + pendingApprovalId + "/approve", false);
        assertThat(browser.getPageSource()).doesNotContain("Approved:");
        assertThat(statusOf(pendingApprovalId)).isEqualTo("PENDING");
        // the viewer's own valid token: the role still says no
        open("/approvals");
        forgePost("/approvals/" + pendingApprovalId + "/approve", true);
        assertThat(browser.findElement(By.id("error-detail")).getText()).contains("vera holds [viewer]")
                .contains("Nothing was sent");
        screenshot("forbidden-viewer");
        assertThat(statusOf(pendingApprovalId)).isEqualTo("PENDING");
    }

    @Test
    @Order(3)
    void aRiskOfficerHaltsTheAccountAFollowingApprovalIsDeniedOnReCheckAndTheRiskOfficerResumes() {
        String account = LocalPipeline.ACCOUNT;
        signIn("rita");
        open("/kill-switch");
        assertEveryControlLabelled("kill switch (risk officer)");
        browser.findElement(By.id("halt-reason-" + account)).sendKeys("console drill: halt before approving");
        browser.findElement(By.id("halt-" + account)).click();
        assertThat(awaitOutcome().getText()).contains(account + " is HALTED")
                .contains("reason: console drill: halt before approving").contains("by rita");
        screenshot("kill-switch-halted");
        Awaitility.await("execution-service enforces HALTED").atMost(Pipeline.PATIENCE).until(() -> "HALTED".equals(
                Pipeline.VIEWER.get(Pipeline.get().execution().baseUrl() + "/trading-state/" + account).body()
                        .path("state").asText()));

        signIn("alice");
        open("/approvals");
        browser.findElement(By.id("approve-" + pendingApprovalId)).click();
        assertThat(awaitOutcome().getText()).contains("Not sent: BUY 3 " + HALTED_SYMBOL).contains("DENIED on re-check")
                .contains("HALTED");
        screenshot("approvals-denied-while-halted");
        assertThat(statusOf(pendingApprovalId)).isEqualTo("DENIED");

        signIn("rita");
        open("/kill-switch");
        browser.findElement(By.id("resume-reason-" + account)).sendKeys("console drill over");
        browser.findElement(By.id("resume-" + account)).click();
        assertThat(awaitOutcome().getText()).contains(account + " is ACTIVE").contains("by rita");
        Awaitility.await("execution-service enforces ACTIVE again").atMost(Pipeline.PATIENCE).until(() -> "ACTIVE"
                .equals(Pipeline.VIEWER.get(Pipeline.get().execution().baseUrl() + "/trading-state/" + account)
                        .body().path("state").asText()));
    }

    @Test
    @Order(4)
    void theDayShowsPositionsWithPnlOrdersAlertsTheReportTheChartAndTheGoLiveGate() {
        signIn("vera");
        open("/day?account=" + LocalPipeline.ACCOUNT);
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Positions and P&L").contains("Day P&L").contains(APPROVED_SYMBOL)
                .contains("Today's orders and fills").contains("Alerts and deliveries").contains("TRADING_HALTED")
                .contains("Go-live gate");
        assertThat(browser.findElement(By.id("go-live-verdict")).getText()).isIn("GO", "NO_GO");
        assertThat(browser.findElements(By.cssSelector("table.golive tbody tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).containsAnyOf("PASS", "FAIL", "UNKNOWN"));
        Awaitility.await("the performance chart loaded").atMost(BROWSER_PATIENCE).until(() -> (Boolean)
                ((JavascriptExecutor) browser).executeScript(
                        "var i = document.querySelector('img.chart'); return i.complete && i.naturalWidth > 0;"));
        assertThat(page).doesNotContain("is not answering");
        assertEveryControlLabelled("the day");
        screenshot("day-phone");
        browser.manage().window().setSize(new Dimension(1280, 1800));
        screenshot("day-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/status");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("NO");
        screenshot("status");
    }

    @Test
    @Order(5)
    void anAdminClosesAllPositionsBehindATypedConfirmationAndTheSimulatorIsFlat() {
        assertThat(positions()).as("something to close").isNotEmpty();
        signIn("root");
        open("/kill-switch");
        assertEveryControlLabelled("kill switch (admin)");
        screenshot("kill-switch-admin");
        browser.findElement(By.id("close-all-confirmation")).sendKeys("CLOSE ALL");
        browser.findElement(By.id("close-all")).click();
        WebElement outcome = awaitOutcome();
        assertThat(outcome.getText()).contains("CLOSE ALL POSITIONS: done").contains("after: 0 open order(s), 0 position(s)")
                .contains("verified at the broker");
        screenshot("kill-switch-closed-all");
        Awaitility.await("the simulator is flat").atMost(Pipeline.PATIENCE).until(() -> positions().isEmpty());
    }

    private static List<JsonNode> positions() {
        List<JsonNode> all = new java.util.ArrayList<>();
        LocalPipeline pipeline = Pipeline.get();
        pipeline.simulatorApi().get(pipeline.simulator().baseUrl() + "/v2/positions").expect(200).body()
                .forEach(all::add);
        return all;
    }

    private static String statusOf(String approvalId) {
        return Pipeline.VIEWER.get(Pipeline.get().risk().baseUrl() + "/approvals/" + approvalId).body().path("status")
                .asText();
    }

    private static void signIn(String user) {
        browser.manage().deleteAllCookies();
        open("/login");
        assertEveryControlLabelled("sign-in");
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(ConsoleProcess.PASSWORD);
        browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        try {
            // The sign-in lands on a page the console renders from risk-service's answers: on a loaded machine
            // (stop 29's CI, every service busy) that took longer than a click's usual patience.
            Awaitility.await(user + " signed in").atMost(Pipeline.PATIENCE).until(() ->
                    !browser.findElements(By.id("signed-in-as")).isEmpty());
        } catch (ConditionTimeoutException e) {
            String page = browser.getPageSource();
            throw new AssertionError(user + " not signed in; the browser is at " + browser.getCurrentUrl() + ": "
                    + page.substring(0, Math.min(page.length(), 2000)), e);
        }
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).startsWith(user + " (");
    }

    private static void open(String path) {
        browser.get(console.baseUrl() + path);
    }

    private static WebElement awaitOutcome() {
        Awaitility.await("the result of the act").atMost(BROWSER_PATIENCE).until(() ->
                !browser.findElements(By.id("outcome")).isEmpty());
        return browser.findElement(By.id("outcome"));
    }

    /** Posts a form built in the page to {@code action}, with the page's CSRF token or without any. */
    private static void forgePost(String action, boolean withToken) {
        ((JavascriptExecutor) browser).executeScript("""
                var form = document.createElement('form');
                form.method = 'post'; form.action = arguments[0];
                if (arguments[1]) {
                  var token = document.querySelector('input[name="csrf-token"]').cloneNode();
                  form.appendChild(token);
                }
                document.body.appendChild(form); form.submit();""", action, withToken);
        Awaitility.await("the answer to the forged post").atMost(BROWSER_PATIENCE).until(() ->
                browser.getCurrentUrl().endsWith(action));
        if (!withToken) {
            assertThat(browser.getPageSource()).as("CSRF refusal").doesNotContain("signed-in-as\">vera (");
            assertThat(browser.findElements(By.id("outcome"))).isEmpty();
        }
    }

    /** Every visible form control has a name a screen reader can say: a label, aria-label or its own text. */
    private static void assertEveryControlLabelled(String page) {
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea, button'))
                  .filter(function (c) { return c.type !== 'hidden'; })
                  .filter(function (c) {
                    var byFor = c.id && document.querySelector('label[for="' + c.id + '"]');
                    var text = c.tagName === 'BUTTON' && c.textContent.trim() !== '';
                    return !(byFor || c.getAttribute('aria-label') || c.closest('label') || text);
                  }).map(function (c) { return c.outerHTML; });""");
        assertThat(unlabelled).as("unlabelled controls on %s", page).isEmpty();
    }

    private static void screenshot(String name) {
        try {
            Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.trellis.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driving the real pages; screenshots go to target/screenshots. */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(45);

    private final WebDriver driver;
    private final Path profile;

    Browser() {
        System.setProperty("SE_OFFLINE", "true");
        try {
            profile = Files.createTempDirectory("trellis-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        // A loaded machine is slow, never stuck: no page load or script may hang a build.
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /**
     * A wait for what a page shows after a click or an AJAX update. PrimeFaces re-renders the parts it
     * updates, so an element found a moment ago may be gone: the condition must find what it reads
     * inside itself, and a stale or not yet clickable element only means "not yet". Generous, because
     * a busy machine is slow, not wrong.
     */
    WebDriverWait await() {
        WebDriverWait wait = new DetachedTolerantWait(driver);
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    /**
     * A wait that also reads "the node left the document" as "not yet": Chromium's driver reports an
     * element that a navigation or an AJAX update detached while it was being read not always as a
     * stale element but, in a race, as an inspector error ("Node with given id does not belong to
     * the document", or "No node with given id found"), which failed a sign-in's wait on a busy machine.
     */
    private static final class DetachedTolerantWait extends WebDriverWait {

        DetachedTolerantWait(WebDriver driver) {
            super(driver, WAIT, Duration.ofMillis(250));
        }

        @Override
        public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> condition) {
            return super.<V>until(d -> {
                try {
                    return condition.apply(d);
                } catch (WebDriverException e) {
                    if (isDetached(e)) {
                        return null;
                    }
                    throw e;
                }
            });
        }

        private static boolean isDetached(WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            return !(e instanceof StaleElementReferenceException)
                    && (message.contains("does not belong to the document") || message.contains("No node with given id"));
        }
    }

    /** Clicks the element once it is there and clickable, finding it afresh on every try. */
    void click(By by) {
        await().until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Types into the element once it is there, finding it afresh on every try. */
    void type(By by, CharSequence... keys) {
        await().until(d -> {
            d.findElement(by).sendKeys(keys);
            return true;
        });
    }

    /** Waits until the element's text contains the words, reading it afresh on every try. */
    void waitForText(By by, String text) {
        await().withMessage(() -> "'" + text + "' in " + by).until(d -> d.findElement(by).getText().contains(text));
    }

    /** Waits until no PrimeFaces AJAX request is queued or running (pages without PrimeFaces count as idle). */
    void waitForAjax() {
        await().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    WebDriver driver() {
        return driver;
    }

    Browser open(String path) {
        driver.get(TrellisClient.BASE + path);
        return this;
    }

    /** A page of another server (the cluster's load balancer). */
    Browser openUrl(String url) {
        driver.get(url);
        return this;
    }

    Browser signIn(String login, String password) {
        driver.findElement(By.id("login:username")).sendKeys(login);
        driver.findElement(By.id("login:password")).sendKeys(password);
        WebElement submit = driver.findElement(By.id("login:submit"));
        submit.click();
        // Whether it succeeds or not, signing in loads another page: wait for it, so that the next step
        // does not race the redirect (on a busy machine it may still be under way). A button that
        // Chromium says has left the document is as gone as a stale one.
        await().until(d -> isGone(submit));
        return this;
    }

    /** Whether the element has left the page: stale, or detached in Chromium's words. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (DetachedTolerantWait.isDetached(e)) {
                return true;
            }
            throw e;
        }
    }

    /** The text of an element once it is visible, read from the element as found at that moment. */
    String text(By by) {
        return await().until(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /** Resizes the window so that the page's viewport is {@code width} CSS pixels wide (headless: no frame). */
    Browser width(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        return this;
    }

    /** The viewport's width in CSS pixels, as the page's layout sees it. */
    long viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;")).longValue();
    }

    void screenshot(String name) {
        Path folder = Paths.get(System.getProperty("trellis.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file with this ending that Chromium has finished downloading into {@code folder}, or null
     * while it is still writing: it first creates the file empty under its final name and writes
     * into a {@code .crdownload} beside it, so a file found too early is empty (a busy machine found
     * one, and the workbook could not be read).
     */
    static Path finishedDownload(Path folder, String ending) {
        try (var files = Files.list(folder)) {
            java.util.List<Path> all = files.toList();
            if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                return null;
            }
            for (Path file : all) {
                if (file.toString().endsWith(ending) && Files.size(file) > 0) {
                    return file;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }
}

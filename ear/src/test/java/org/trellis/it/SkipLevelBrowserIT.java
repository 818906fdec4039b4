package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The skip-level and conversation pages in headless Chromium: igor asks dana in the page, dana
 * accepts with a time in the page, maya's page shows nothing of it, and dana records a department
 * conversation with a follow-up action.
 */
@ExtendWith(ArquillianExtension.class)
class SkipLevelBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void igorAsksDanaInThePageAndDanaAcceptsInThePage() {
        String topic = "Pairing across teams " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser igor = new Browser()) {
            igor.open("/skip-levels.xhtml").signIn("igor", "demo");
            assertTrue(igor.text(By.id("director")).contains("Dana Okafor"));
            igor.type(By.id("skip:topic"), topic);
            igor.click(By.id("skip:ask"));
            waitFor(igor, By.id("skip:asked"), topic);
            assertTrue(igor.text(By.id("messages")).contains("Your director has been asked"));
            assertTrue(rowOf(igor, "skip:asked", topic).contains("Waiting for the director"));
            igor.screenshot("40-skip-level-igor");
        }
        try (Browser maya = new Browser()) {
            maya.open("/skip-levels.xhtml").signIn("maya", "demo");
            assertFalse(maya.text(By.id("content")).contains(topic), "igor's manager sees nothing of it");
        }
        try (Browser dana = new Browser()) {
            dana.open("/skip-levels.xhtml").signIn("dana", "demo");
            String row = "//tbody[@id='skip:incoming_data']/tr[contains(.,'" + topic + "')]";
            dana.click(By.xpath(row + "//button[contains(@class,'accept')]"));
            dana.await()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptForm:at_input")));
            String at = LocalDateTime.now().plusDays(4).withHour(14).withMinute(0)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            dana.type(By.id("acceptForm:at_input"), at);
            dana.click(By.id("acceptForm:save"));
            dana.await()
                    .until(d -> d.findElement(By.xpath(row)).getText().contains("Accepted"));
            assertTrue(dana.text(By.xpath(row)).contains(at), dana.text(By.xpath(row)));
            assertTrue(dana.text(By.id("skip:quarters")).contains("-Q"));
            dana.screenshot("41-skip-level-dana");
        }
    }

    @Test
    void danaRecordsADepartmentConversationWithAFollowUpAction() {
        String findings = "Reviews wait on one person " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser dana = new Browser()) {
            dana.open("/conversations.xhtml").signIn("dana", "demo");
            assertTrue(dana.text(By.id("conv:overview")).contains("Platform"));
            assertTrue(dana.text(By.id("departmentName")).contains("Platform"), "her one department is open");
            dana.type(By.id("conv:participants_input"), "E1020");
            dana.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(.,'Ivan Petrov')]"));
            dana.type(By.id("conv:findings"), findings);
            dana.click(By.id("conv:addAction"));
            WebDriverWait wait = dana.await();
            wait.until(d -> {
                d.findElement(By.cssSelector(".action-row input[id$=':text']")).sendKeys("Share the review rota with Product");
                return true;
            });
            dana.type(By.cssSelector(".action-row input[id$=':owner_input']"), "E1011");
            dana.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(.,'Maya Raman')]"));
            dana.type(By.cssSelector(".action-row input[id$=':due_input']"), java.time.LocalDate.now().plusDays(10).toString());
            dana.click(By.id("conv:record"));
            wait.until(d -> d.findElement(By.id("messages")).getText().contains("The conversation is recorded"));
            String card = dana.text(By.xpath("//div[contains(@class,'conversation-card')][contains(.,'" + findings + "')]"));
            assertTrue(card.contains("Share the review rota with Product") && card.contains("Open") && card.contains("Ivan Petrov"), card);
            ((org.openqa.selenium.JavascriptExecutor) dana.driver()).executeScript("window.scrollTo(0, 0)");
            dana.screenshot("42-conversations-dana");
        }
    }

    private static void waitFor(Browser browser, By where, String text) {
        browser.await().until(d -> d.findElement(where).getText().contains(text));
    }

    private static String rowOf(Browser browser, String table, String text) {
        return browser.text(By.xpath("//tbody[@id='" + table + "_data']/tr[contains(.,'" + text + "')]"));
    }
}

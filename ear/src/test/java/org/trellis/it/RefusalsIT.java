package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A refusal says no more than the caller may know: for someone who may not see a person (or a
 * trial), "exists but hidden" and "does not exist" are the same 403 with the same words, naming
 * only what the caller sent. With the demo organisation: mike (E1010) manages iris and ivan under
 * dana; igor (E1022) is on maya's team, outside mike's and ivan's sight.
 */
@ExtendWith(ArquillianExtension.class)
class RefusalsIT {

    private static final String UNKNOWN = "E9" + (System.nanoTime() % 100000);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aHiddenPersonAndAnUnknownNumberGetTheSameAnswerWithoutAName() {
        String igor = name("E1022");
        sameRefusal("ivan", "GET", "/api/employees/%s", null, "E1022", igor);
        sameRefusal("mike", "GET", "/api/employees/%s", null, "E1022", igor);
        sameRefusal("mike", "GET", "/api/employees/%s/history", null, "E1022", igor);
        sameRefusal("ivan", "GET", "/api/employees/%s/organisation", null, "E1022", igor);
        sameRefusal("ivan", "GET", "/api/employees/%s/growth", null, "E1022", igor);
        sameRefusal("ivan", "GET", "/api/employees/%s/interest", null, "E1022", igor);
        sameRefusal("mike", "POST", "/api/employees/%s/growth", "{\"kind\":\"OTHER\",\"title\":\"t\"}", "E1022", igor);
        sameRefusal("mike", "GET", "/api/requests/targets?employee=%s&type=PROMOTION", null, "E1022", igor);
        sameRefusal("mike", "GET", "/api/requests/targets?employee=%s&type=MANAGEMENT_TRIAL", null, "E1022", igor);
        sameRefusal("mike", "POST", "/api/requests", "{\"type\":\"PROMOTION\",\"employee\":\"%s\",\"targetLevel\":\"IC3\","
                + "\"effectiveDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(10) + "\",\"justification\":\"x\"}", "E1022", igor);
        sameRefusal("mike", "POST", "/api/requests/preview", "{\"type\":\"MANAGEMENT_TRIAL\",\"employee\":\"%s\","
                + "\"targetLevel\":\"M3\",\"effectiveDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(10) + "\","
                + "\"reviewDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(90) + "\",\"justification\":\"x\"}", "E1022", igor);
    }

    @Test
    void aTrialTheCallerMayNotSeeReadsLikeNoTrialAndNamesNoOne() {
        JsonObject trial = JsonBodies.array(ApiCalls.get("hana", "/api/trials")).getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getJsonObject("person").getString("number").equals("E1020")).findFirst().orElseThrow();
        String id = String.valueOf(trial.getJsonNumber("id").longValue());
        String subject = trial.getJsonObject("person").getString("name");
        HttpResponse<String> hidden = ApiCalls.get("ivan", "/api/trials/" + id);
        HttpResponse<String> none = ApiCalls.get("ivan", "/api/trials/987654321");
        assertEquals(403, hidden.statusCode(), hidden.body());
        assertEquals(none.statusCode(), hidden.statusCode());
        assertEquals(none.body().replace("987654321", id), hidden.body());
        assertFalse(hidden.body().contains(subject), hidden.body());
    }

    @Test
    void adminWhoSeesEveryoneLearnsThatANumberIsUnknown() {
        assertEquals(404, ApiCalls.get("admin", "/api/employees/" + UNKNOWN).statusCode());
        assertEquals(200, ApiCalls.get("admin", "/api/employees/E1022").statusCode());
    }

    private static void sameRefusal(String login, String method, String template, String body, String hidden, String name) {
        HttpResponse<String> ofHidden = send(login, method, template, body, hidden);
        HttpResponse<String> ofUnknown = send(login, method, template, body, UNKNOWN);
        String what = login + " " + method + " " + template;
        assertEquals(403, ofHidden.statusCode(), what + ": " + ofHidden.body());
        assertEquals(ofHidden.statusCode(), ofUnknown.statusCode(), what + ": " + ofUnknown.body());
        assertEquals(ofUnknown.body().replace(UNKNOWN, hidden), ofHidden.body(), what);
        assertFalse(ofHidden.body().contains(name), what + " names the person: " + ofHidden.body());
    }

    private static HttpResponse<String> send(String login, String method, String template, String body, String number) {
        String path = String.format(template, number);
        return body == null ? ApiCalls.call(login, method, path, null, null)
                : ApiCalls.json(login, method, path, String.format(body, number));
    }

    private static String name(String number) {
        return JsonBodies.object(ApiCalls.get("hana", "/api/employees/" + number)).getString("name");
    }
}

package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search box ({@code GET /api/search?q=}): people and requests the caller may see, ten of each at most. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void findsPeopleAndRequestsInScopeOnly() {
        String platform = TestPeople.hire("E1010", "PLAT", "IC2");
        String product = TestPeople.hire("E1002", "PROD", "IC2");
        long request = RequestListIT.submit("mike", platform, "IC3", 60);
        try {
            JsonObject hanas = search("hana", platform);
            assertTrue(numbers(hanas).contains(platform), hanas.toString());
            assertTrue(requestIds(hanas).contains(request), "by the subject's number: " + hanas);
            assertTrue(requestIds(search("hana", "Test Hire " + platform.toLowerCase(Locale.ROOT))).contains(request),
                    "by the subject's name, in any case");
            assertTrue(numbers(search("hana", product)).contains(product), "HR finds across departments");
            assertTrue(numbers(search("hana", product.toLowerCase(Locale.ROOT) + "@trellis")).contains(product), "by e-mail");
            assertTrue(requestIds(search("mike", String.valueOf(request))).contains(request), "by id");
            assertTrue(requestIds(search("mike", "#" + request)).contains(request), "by #id");

            JsonObject ivans = search("ivan", platform);
            assertEquals(List.of(), numbers(ivans), "ivan's peer is not his to find");
            assertEquals(List.of(), requestIds(ivans));
            assertEquals(List.of(), requestIds(search("ivan", String.valueOf(request))), "nor the peer's request by id");
            assertEquals(List.of(), numbers(search("ivan", product)), "nor someone in another department");
            assertEquals(List.of("E1020"), numbers(search("ivan", "E1020")), "but himself");
            assertEquals(List.of(), numbers(search("hugo", platform)), "Product's co-partner does not find Platform");
            assertEquals(List.of(), numbers(search("diego", platform)), "nor Product's director");
        } finally {
            TrellisClient.as("mike").post("/api/requests/" + request + "/withdraw", JSON, new byte[0]);
        }
    }

    @Test
    void atMostTenOfEachAndWildcardsAreCharacters() {
        JsonObject many = search("admin", "e");
        assertEquals(10, many.getJsonArray("people").size(), "ten people at most");
        assertTrue(many.getJsonArray("requests").size() <= 10);
        JsonObject requests = search("admin", "Test Hire");
        assertTrue(requests.getJsonArray("requests").size() <= 10);
        assertEquals(0, search("hana", "%").getJsonArray("people").size(), "% is a character, not a wildcard");
        assertEquals(0, search("hana", "_").getJsonArray("people").size(), "so is _");
    }

    @Test
    void aBlankOrOverlongQueryIsRefused() {
        assertEquals(400, TrellisClient.as("hana").get("/api/search").statusCode());
        assertEquals(400, TrellisClient.as("hana").get("/api/search?q=%20").statusCode());
        HttpResponse<String> tooLong = TrellisClient.as("hana").get("/api/search?q=" + "a".repeat(101));
        assertEquals(422, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("q"), tooLong.body());
    }

    private static JsonObject search(String login, String q) {
        HttpResponse<String> response = TrellisClient.as(login).get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.object(response);
    }

    private static List<String> numbers(JsonObject found) {
        return found.getJsonArray("people").getValuesAs(JsonObject.class).stream().map(p -> p.getString("number")).toList();
    }

    private static List<Long> requestIds(JsonObject found) {
        return found.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList();
    }
}

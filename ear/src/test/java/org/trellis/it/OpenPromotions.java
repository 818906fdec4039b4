package org.trellis.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Test data for ITs that need an open request of their own: a promotion of someone nobody else's test uses. */
final class OpenPromotions {

    private OpenPromotions() {
    }

    /** A promotion the director opens for someone of their department without an open request; its id. */
    static long open(String director, String department, String justification) {
        List<String> candidates = new ArrayList<>();
        JsonBodies.object(TrellisClient.as(director).get("/api/employees?size=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> department.equals(p.getJsonObject("department").getString("code")))
                .filter(p -> p.containsKey("manager") && !p.isNull("manager") && p.containsKey("level") && !p.isNull("level"))
                .filter(p -> List.of("IC1", "IC2", "IC3").contains(p.getJsonObject("level").getString("code")))
                .map(p -> p.getString("number") + "/" + p.getJsonObject("level").getString("code"))
                .forEach(candidates::add);
        // From the end of the directory: the named demo people at its start belong to other tests.
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String[] candidate = candidates.get(i).split("/");
            String target = "IC" + (Integer.parseInt(candidate[1].substring(2)) + 1);
            String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + candidate[0] + "\",\"targetLevel\":\"" + target
                    + "\",\"effectiveDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(90)
                    + "\",\"justification\":\"" + justification + "\"}";
            HttpResponse<String> response = TrellisClient.as(director).post("/api/requests", "application/json",
                    body.getBytes(StandardCharsets.UTF_8));
            if (response.statusCode() == 201) {
                return JsonBodies.object(response).getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("Nobody in " + department + " could be proposed by " + director);
    }
}

package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lists that count and scope in the query, so that no row is lost to a limit or a filter afterwards. */
@ExtendWith(ArquillianExtension.class)
class ListsIT {

    private static final String JSON = "application/json";
    private static final long COPIES_FROM = 2_000_000_000L;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void theRequestListShowsTheCallersRequestsBehind500NewerOnesOfOthers() throws Exception {
        long mine = OpenPromotions.open("diego", "PROD", "List test");
        long platform = OpenPromotions.open("dana", "PLAT", "List test");
        withdraw("dana", platform);
        try (Connection db = TestDomain.database()) {
            try {
                // 501 newer requests of Platform, which hugo (HR of Product only) may not see.
                String columns;
                try (Statement sql = db.createStatement();
                        ResultSet row = sql.executeQuery("SELECT string_agg(column_name, ', ') FROM information_schema.columns"
                                + " WHERE table_schema = current_schema() AND table_name = 'change_request'"
                                + " AND column_name NOT IN ('id', 'submitted_at')")) {
                    row.next();
                    columns = row.getString(1);
                }
                try (Statement sql = db.createStatement()) {
                    sql.executeUpdate("INSERT INTO change_request (id, submitted_at, " + columns + ") SELECT " + COPIES_FROM
                            + " + g, submitted_at + g * INTERVAL '1 second', " + columns
                            + " FROM change_request, generate_series(1, 501) g WHERE id = " + platform);
                }
                List<Long> hugos = ids(TrellisClient.as("hugo").get("/api/requests"));
                assertTrue(hugos.contains(mine), "hugo sees the Product request: " + hugos);
                assertTrue(hugos.stream().noneMatch(id -> id > COPIES_FROM), "and none of Platform's");
                assertTrue(ids(TrellisClient.as("diego").get("/api/requests?state=SUBMITTED")).contains(mine));
                assertEquals(500, ids(TrellisClient.as("dana").get("/api/requests?state=WITHDRAWN")).size(),
                        "the newest 500 a caller may see, as before");
            } finally {
                try (Statement sql = db.createStatement()) {
                    sql.executeUpdate("DELETE FROM change_request WHERE id > " + COPIES_FROM);
                }
            }
        } finally {
            withdraw("diego", mine);
        }
    }

    @Test
    void theDashboardCountsEverybodyInTheQuery() {
        JsonObject people = JsonBodies.object(TrellisClient.as("admin").get("/api/dashboard")).getJsonObject("people");
        long inTrellis = JsonBodies.object(TrellisClient.as("admin").get("/api/employees?size=1")).getJsonNumber("total")
                .longValue();
        assertEquals(inTrellis, people.getJsonNumber("everyone").longValue(), people.toString());
        assertEquals(people.getJsonNumber("everyone").longValue(),
                people.getJsonNumber("total").longValue() + people.getJsonNumber("noLevelInForce").longValue());
        assertTrue(people.getJsonNumber("noLevelInForce").longValue() >= 7, "the People department stands on no level");

        JsonObject hugos = JsonBodies.object(TrellisClient.as("hugo").get("/api/dashboard")).getJsonObject("people");
        long product = JsonBodies.object(TrellisClient.as("hugo").get("/api/employees?size=1")).getJsonNumber("total")
                .longValue();
        assertEquals(product, hugos.getJsonNumber("everyone").longValue(), "scoped like the directory");
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        List<Long> ids = new ArrayList<>();
        JsonBodies.array(response).getValuesAs(JsonObject.class).forEach(r -> ids.add(r.getJsonNumber("id").longValue()));
        return ids;
    }

    private static void withdraw(String requester, long id) {
        TrellisClient.as(requester).post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
    }
}

package org.trellis.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class DashboardChartTest {

    @Test
    void aTrackNamedLikeMarkupStaysInsideTheChartScript() {
        String chart = DashboardPage.chart(
                Json.createArrayBuilder().add("</script><meta http-equiv=refresh content=\"0;url=http://example.org\">"),
                Json.createArrayBuilder(), true);
        assertFalse(chart.contains("</script"), chart);
        assertFalse(chart.contains("<meta"), chart);
        assertTrue(chart.contains("\\u003c/script\\u003e\\u003cmeta"), chart);
    }
}

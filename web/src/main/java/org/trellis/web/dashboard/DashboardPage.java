package org.trellis.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trellis.career.entity.RequestType;
import org.trellis.dashboard.boundary.Dashboards;
import org.trellis.dashboard.entity.Overview;
import org.trellis.dashboard.entity.RequestFilter;
import org.trellis.framework.entity.TrackKind;
import org.trellis.web.shell.InlineScriptJson;
import org.trellis.web.shell.PageMessages;

/**
 * The dashboard: the four blocks as charts (Chart.js configurations for {@code p:chart}) and as
 * tables whose every number links to the list behind it. Loaded once per view.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] IC_COLOURS = {"#1d4ed8", "#60a5fa", "#0e7490", "#67e8f9"};
    private static final String[] MANAGEMENT_COLOURS = {"#6d28d9", "#a78bfa", "#be185d", "#f9a8d4"};

    @Inject
    Dashboards dashboards;

    @Inject
    org.trellis.pay.boundary.PayParity parity;

    /** Progression parity of the first framework over the last 12 months; null when no framework is published. */
    private org.trellis.pay.entity.ParityReport.Progression progression;

    private Overview overview;
    private String peopleChart;
    private String requestsChart;
    private String waitingChart;
    private String decisionChart;

    @PostConstruct
    void load() {
        overview = dashboards.overview();
        try {
            progression = parity.report(null, null, null, null).progression();
        } catch (org.trellis.rules.NotFound none) {
            progression = null;
        }
        peopleChart = peopleChart(overview.people());
        requestsChart = chart(labels(overview.requestsByState(), s -> PageMessages.text("dashboard.state." + s.state())),
                Json.createArrayBuilder().add(dataset(PageMessages.text("dashboard.list.requests"), "#1d4ed8",
                        overview.requestsByState().stream().map(s -> (Number) s.count()).toList())), true);
        waitingChart = chart(labels(overview.waiting(), w -> PageMessages.text("dashboard.party." + w.party())),
                Json.createArrayBuilder()
                        .add(dataset(PageMessages.text("dashboard.waiting.averageWaiting"), "#1d4ed8",
                                overview.waiting().stream().map(w -> (Number) w.averageDaysWaiting()).toList()))
                        .add(dataset(PageMessages.text("dashboard.waiting.maxWaiting"), "#b45309",
                                overview.waiting().stream().map(w -> (Number) w.maxDaysWaiting()).toList()))
                        .add(dataset(PageMessages.text("dashboard.waiting.averageToDecision"), "#047857",
                                overview.waiting().stream().map(w -> (Number) w.averageDaysToDecision()).toList())),
                false);
        decisionChart = chart(labels(overview.decisionTimes(), d -> PageMessages.text("dashboard.type." + d.type())),
                Json.createArrayBuilder()
                        .add(dataset(PageMessages.text("dashboard.decision.average"), "#1d4ed8",
                                overview.decisionTimes().stream().map(d -> (Number) d.averageDays()).toList()))
                        .add(dataset(PageMessages.text("dashboard.decision.median"), "#047857",
                                overview.decisionTimes().stream().map(d -> (Number) d.medianDays()).toList()))
                        .add(dataset(PageMessages.text("dashboard.decision.p90"), "#b45309",
                                overview.decisionTimes().stream().map(d -> (Number) d.p90Days()).toList())),
                false);
    }

    /** Bands along the axis, lowest first; one bar per track, IC tracks in blues, management in purples. */
    private static String peopleChart(Overview.Ladder ladder) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int i = ladder.bands().size() - 1; i >= 0; i--) {
            labels.add(PageMessages.text("dashboard.band") + " " + ladder.bands().get(i).band());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int ic = 0;
        int management = 0;
        for (int t = 0; t < ladder.tracks().size(); t++) {
            Overview.TrackColumn track = ladder.tracks().get(t);
            String colour = track.kind() == TrackKind.IC ? IC_COLOURS[ic++ % IC_COLOURS.length]
                    : MANAGEMENT_COLOURS[management++ % MANAGEMENT_COLOURS.length];
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (int i = ladder.bands().size() - 1; i >= 0; i--) {
                Long count = ladder.bands().get(i).counts().get(t);
                if (count == null) {
                    data.addNull();
                } else {
                    data.add(count);
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", track.name() + " (" + track.framework() + ")")
                    .add("backgroundColor", colour).add("data", data));
        }
        return chart(labels, datasets, true);
    }

    private static <T> JsonArrayBuilder labels(List<T> items, Function<T, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        items.forEach(item -> labels.add(label.apply(item)));
        return labels;
    }

    private static JsonObjectBuilder dataset(String label, String colour, List<Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v.doubleValue()));
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data", data);
    }

    /** A Chart.js bar chart; {@code counts} keeps the axis on whole numbers. */
    static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean counts) {
        JsonObjectBuilder ticks = Json.createObjectBuilder();
        if (counts) {
            ticks.add("precision", 0);
        }
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("ticks", ticks))))
                .build().toString();
        // Labels are business data (track and framework names): keep them inside the chart's script.
        return InlineScriptJson.escape(json);
    }

    public Overview getOverview() {
        return overview;
    }

    public List<RequestType> getTypes() {
        return List.of(RequestType.values());
    }

    public String getPeopleChart() {
        return peopleChart;
    }

    public String getRequestsChart() {
        return requestsChart;
    }

    public String getWaitingChart() {
        return waitingChart;
    }

    public String getDecisionChart() {
        return decisionChart;
    }

    /** The states a decision time is measured over, as the list's {@code state} parameter. */
    public String getDecidedStates() {
        return RequestFilter.DECIDED.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public org.trellis.pay.entity.ParityReport.Progression getProgression() {
        return progression;
    }
}

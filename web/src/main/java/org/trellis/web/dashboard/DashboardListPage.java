package org.trellis.web.dashboard;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.dashboard.boundary.Dashboards;
import org.trellis.dashboard.entity.PeopleFilter;
import org.trellis.dashboard.entity.PersonRow;
import org.trellis.dashboard.entity.RequestFilter;
import org.trellis.dashboard.entity.RequestRow;
import org.trellis.platform.Page;
import org.trellis.web.api.BadRequest;
import org.trellis.web.api.Params;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.PagedDataModel;
import org.trellis.web.workbook.StreamingWorkbooks;

/**
 * The list behind a number of the dashboard, paged in the database, with its export to Excel. The
 * view parameters say which list: {@code list=people} with {@code track} and {@code band}, or
 * {@code list=requests} with {@code state} (one or several, comma-separated), {@code type},
 * {@code waitingOn} or {@code decidedBy}.
 */
@Named
@ViewScoped
public class DashboardListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dashboards dashboards;

    @Inject
    Clock clock;

    private String list;
    private Long track;
    private Integer band;
    private String state;
    private String type;
    private String waitingOn;
    private String decidedBy;

    private PeopleFilter peopleFilter;
    private RequestFilter requestFilter;
    private long total;
    private List<String> description = List.of();

    private final PagedDataModel<PersonRow> people = new PagedDataModel<>(
            (first, max, sort) -> dashboards.people(peopleFilter, first, max), PersonRow::number, Dashboards.MAX_PAGE_SIZE);

    private final PagedDataModel<RequestRow> requests = new PagedDataModel<>(
            (first, max, sort) -> dashboards.requests(requestFilter, first, max), row -> String.valueOf(row.id()),
            Dashboards.MAX_PAGE_SIZE);

    /** Reads the view parameters once (f:viewAction); a parameter that names nothing is a bad request. */
    public void open() throws IOException {
        try {
            if (!"requests".equals(list)) {
                if (!PeopleFilter.isBand(band)) {
                    throw new BadRequest(PeopleFilter.NOT_A_BAND);
                }
                peopleFilter = PeopleFilter.of(track, band);
                Page<PersonRow> first = dashboards.people(peopleFilter, 0, 1);
                total = first.total();
                description = describePeople(first.items());
            } else {
                requestFilter = new RequestFilter(Params.choices(RequestState.class, state, "state"),
                        Params.optionalChoice(RequestType.class, type, "type"), Params.optionalChoice(Party.class, waitingOn, "waitingOn"),
                        Params.optionalChoice(Party.class, decidedBy, "decidedBy"));
                total = dashboards.requests(requestFilter, 0, 1).total();
                description = describeRequests();
            }
        } catch (BadRequest wrong) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(400, wrong.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private List<String> describePeople(List<PersonRow> firstRow) {
        List<String> parts = new ArrayList<>();
        if (track != null) {
            parts.add(format("dashboard.filter.track", firstRow.isEmpty() ? "#" + track : firstRow.get(0).track()));
        }
        if (band != null) {
            parts.add(format("dashboard.filter.band", band));
        }
        return parts.isEmpty() ? List.of(PageMessages.text("dashboard.filter.everyone")) : parts;
    }

    private List<String> describeRequests() {
        List<String> parts = new ArrayList<>();
        if (requestFilter.states().equals(RequestFilter.DECIDED)) {
            parts.add(PageMessages.text("dashboard.filter.decided"));
        } else if (!requestFilter.states().isEmpty()) {
            parts.add(format("dashboard.filter.state", String.join(", ", requestFilter.states().stream().sorted()
                    .map(s -> PageMessages.text("dashboard.state." + s)).toList())));
        }
        if (requestFilter.type() != null) {
            parts.add(format("dashboard.filter.type", PageMessages.text("dashboard.type." + requestFilter.type())));
        }
        if (requestFilter.waitingOn() != null) {
            parts.add(format("dashboard.filter.waitingOn", PageMessages.text("dashboard.party." + requestFilter.waitingOn())));
        }
        if (requestFilter.decidedBy() != null) {
            parts.add(format("dashboard.filter.decidedBy", PageMessages.text("dashboard.party." + requestFilter.decidedBy())));
        }
        return parts.isEmpty() ? List.of(PageMessages.text("dashboard.filter.allRequests")) : parts;
    }

    /** The whole list as .xlsx, streamed from the database into the download. */
    public StreamedContent export() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        boolean ofPeople = isPeopleList();
        return DefaultStreamedContent.builder()
                .name("trellis-" + (ofPeople ? "people" : "requests") + "-" + LocalDate.now(clock) + ".xlsx")
                .contentType(StreamingWorkbooks.XLSX)
                .writer(out -> {
                    DashboardWorkbook workbook = new DashboardWorkbook(ResourceBundle.getBundle("org.trellis.web.messages", locale));
                    if (ofPeople) {
                        workbook.writePeople(sink -> dashboards.exportPeople(peopleFilter, sink), out);
                    } else {
                        workbook.writeRequests(sink -> dashboards.exportRequests(requestFilter, sink), out);
                    }
                })
                .build();
    }

    private static String format(String key, Object value) {
        return java.text.MessageFormat.format(PageMessages.text(key), value);
    }

    /**
     * Which list this view shows, as {@link #open} decided it: a postback (the export, paging) does not
     * carry the view parameters again.
     */
    public boolean isPeopleList() {
        return peopleFilter != null;
    }

    public PagedDataModel<PersonRow> getPeople() {
        return people;
    }

    public PagedDataModel<RequestRow> getRequests() {
        return requests;
    }

    public long getTotal() {
        return total;
    }

    public List<String> getDescription() {
        return description;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public Long getTrack() {
        return track;
    }

    public void setTrack(Long track) {
        this.track = track;
    }

    public Integer getBand() {
        return band;
    }

    public void setBand(Integer band) {
        this.band = band;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getWaitingOn() {
        return waitingOn;
    }

    public void setWaitingOn(String waitingOn) {
        this.waitingOn = waitingOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }
}

package org.trellis.web.request;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.trellis.career.boundary.RequestList;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestOrder;
import org.trellis.career.entity.RequestQuery;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.people.boundary.People;
import org.trellis.rules.RuleViolation;
import org.trellis.web.api.BadRequest;
import org.trellis.web.api.RequestListParams;
import org.trellis.web.shell.PagedDataModel;
import org.trellis.web.workbook.StreamingWorkbooks;

/**
 * The requests list: every request the caller may see, paged in the database by {@link RequestList}.
 * The filters live in the page's URL (the filter form is a GET form of the same parameters as
 * {@code GET /api/requests}), so a view can be bookmarked and shared; the quick views are such URLs.
 */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** "Taking effect soon": the next 30 days. */
    static final int SOON_DAYS = 30;

    @Inject
    RequestList list;

    @Inject
    People people;

    @Inject
    Clock clock;

    private String state;
    private String type;
    private String department;
    private String subject;
    private String employee;
    private String requester;
    private String waitingOn;
    private String organisation;
    private String from;
    private String to;
    private String sort;
    private String desc;

    private RequestQuery query;
    private long total;
    private String myNumber;

    // The order is the URL's (sort, desc), not the table's: a sorted view is bookmarked like a filtered one.
    private final PagedDataModel<RequestView> requests = new PagedDataModel<>(
            (first, max, ignoredSort) -> list.page(query, first, max), () -> list.count(query), row -> String.valueOf(row.id()),
            RequestList.MAX_PAGE_SIZE);

    /** Reads the view parameters once (f:viewAction); one that cannot be read is a bad request. */
    public void open() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // The form's check boxes send state=A&state=B; a shared link may say state=A,B: both read the same.
        String[] states = external.getRequestParameterValuesMap().get("state");
        if (states != null) {
            state = String.join(",", states);
        }
        try {
            query = new RequestListParams(state, type, department, subject, employee, requester, waitingOn, organisation,
                    from, to, sort, desc).query();
            total = list.count(query);
        } catch (BadRequest | RuleViolation wrong) {
            external.responseSendError(400, wrong.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The whole filtered list as .xlsx, streamed from the database into the download. */
    public StreamedContent export() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        RequestQuery shown = query;
        return DefaultStreamedContent.builder()
                .name("trellis-requests-" + LocalDate.now(clock) + ".xlsx")
                .contentType(StreamingWorkbooks.XLSX)
                .writer(out -> new RequestListWorkbook(ResourceBundle.getBundle("org.trellis.web.messages", locale))
                        .write(sink -> list.export(shown, sink), out))
                .build();
    }

    /** The caller's employee number, for "I requested" (null for an account without one). */
    public String getMyNumber() {
        if (myNumber == null) {
            myNumber = people.me().card().map(card -> card.number()).orElse("");
        }
        return myNumber.isEmpty() ? null : myNumber;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public LocalDate getSoon() {
        return getToday().plusDays(SOON_DAYS);
    }

    /** Whether the list shows a state: for the check boxes. */
    public boolean shows(RequestState candidate) {
        return query != null && query.states().contains(candidate);
    }

    /** "Dana Okafor, Hana Kobayashi": whom an open request waits on. */
    public String waitingNames(RequestView request) {
        return request.waitingFor().stream().map(p -> p.person().name()).distinct().collect(Collectors.joining(", "));
    }

    public List<RequestState> getStates() {
        return Arrays.asList(RequestState.values());
    }

    public List<RequestType> getTypes() {
        return Arrays.asList(RequestType.values());
    }

    public List<Party> getParties() {
        return Arrays.asList(Party.values());
    }

    public List<String> getOrders() {
        return Arrays.stream(RequestOrder.values()).map(o -> o.name().toLowerCase(Locale.ROOT)).toList();
    }

    public PagedDataModel<RequestView> getRequests() {
        return requests;
    }

    public long getTotal() {
        return total;
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

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }

    public String getWaitingOn() {
        return waitingOn;
    }

    public void setWaitingOn(String waitingOn) {
        this.waitingOn = waitingOn;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDesc() {
        return desc;
    }

    public void setDesc(String desc) {
        this.desc = desc;
    }
}

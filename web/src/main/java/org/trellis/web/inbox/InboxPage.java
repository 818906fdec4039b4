package org.trellis.web.inbox;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.trellis.career.boundary.BulkApprovals;
import org.trellis.career.boundary.ChangeRequests;
import org.trellis.career.boundary.Inbox;
import org.trellis.career.boundary.Inbox.InboxItem;
import org.trellis.career.boundary.Inbox.InboxOrder;
import org.trellis.career.boundary.Inbox.InboxQuery;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.RequestType;
import org.trellis.web.shell.DecisionBanner;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.PagedDataModel;
import org.trellis.web.shell.Refusals;
import org.trellis.web.shell.Shell;

/**
 * The approval inbox: the signed-in person's pending sign-offs, own and delegated, paged, sorted
 * and filtered in the database. Decisions go to the workflow boundary with the version the row
 * showed, so a request someone changed meanwhile is refused as a conflict and shown afresh.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChangeRequests requests;

    @Inject
    Inbox inbox;

    @Inject
    BulkApprovals bulk;

    @Inject
    Shell shell;

    private RequestType type;
    private String subject;
    private String department;
    private List<String> departments;

    /** The row a dialog is about, and what was typed into it. */
    private InboxItem chosen;
    private String reason;

    private List<InboxItem> selection = new ArrayList<>();
    private List<BulkApprovals.Result> bulkResults = List.of();

    /**
     * Counted once per view: unfiltered, the table's count is the menu badge's, which the frame has
     * counted already for this request (an HR partner's twenty thousand are counted once, not twice).
     */
    private final PagedDataModel<InboxItem> model = PagedDataModel.counted(
            (first, max, sort) -> inbox.rows(query(sort), first, max), this::count, InboxPage::key, Inbox.MAX_PAGE);

    private long count() {
        InboxQuery unsorted = query(Map.of());
        return unsorted.narrows() ? inbox.count(unsorted) : shell.getPending();
    }

    private static String key(InboxItem item) {
        return item.request().id() + ":" + item.party();
    }

    private InboxQuery query(Map<String, SortMeta> sort) {
        SortMeta by = sort.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        InboxOrder order = by == null ? InboxOrder.WAITING_SINCE : switch (by.getField()) {
            case "due" -> InboxOrder.DUE;
            case "type" -> InboxOrder.TYPE;
            case "subject" -> InboxOrder.SUBJECT;
            case "department" -> InboxOrder.DEPARTMENT;
            default -> InboxOrder.WAITING_SINCE;
        };
        return new InboxQuery(type, subject, department, order, by != null && by.getOrder() == SortOrder.DESCENDING);
    }

    /**
     * Before the first render: the waiting count (the badge's and the unfiltered table's) and the
     * department filter's choices, from one query.
     */
    public void load() {
        Inbox.Summary summary = inbox.summary();
        departments = summary.departments();
        shell.usePending(summary.waiting());
    }

    public void filter() {
        // The table reloads through the lazy model with the new filters.
        selection = new ArrayList<>();
    }

    public void choose(InboxItem item) {
        this.chosen = item;
        this.reason = null;
    }

    public void approve(InboxItem item) {
        decide(item, Decision.APPROVE, null);
    }

    public void reject() {
        decide(chosen, Decision.REJECT, reason);
    }

    public void hold() {
        decide(chosen, Decision.HOLD, reason);
    }

    private void decide(InboxItem item, Decision decision, String comment) {
        if (item == null) {
            return;
        }
        long id = item.request().id();
        // The version the row showed: a request changed since is refused, never overwritten.
        RequestView[] after = new RequestView[1];
        if (Refusals.attempt(() -> after[0] = requests.decide(id, item.party(), decision, comment, item.request().version()))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, DecisionBanner.after(after[0], decision));
            chosen = null;
            reason = null;
        }
    }

    /** HR approves the selected rows, each on its own; the results say which went through and why not. */
    public void approveSelected() {
        if (selection.isEmpty()) {
            PageMessages.show(FacesMessage.SEVERITY_WARN, PageMessages.text("inbox.bulk.none"));
            return;
        }
        List<BulkApprovals.Item> items = selection.stream()
                .map(i -> new BulkApprovals.Item(i.request().id(), i.party(), i.request().version())).toList();
        Refusals.attempt(() -> bulkResults = bulk.approve(items, null));
        long approved = bulkResults.stream().filter(BulkApprovals.Result::approved).count();
        PageMessages.show(approved == bulkResults.size() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                MessageFormat.format(PageMessages.text("inbox.bulk.done"), approved, bulkResults.size()));
        selection = new ArrayList<>();
    }

    public List<String> getDepartments() {
        if (departments == null) {
            departments = inbox.summary().departments();
        }
        return departments;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public PagedDataModel<InboxItem> getItems() {
        return model;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public InboxItem getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<InboxItem> getSelection() {
        return selection;
    }

    public void setSelection(List<InboxItem> selection) {
        this.selection = selection == null ? new ArrayList<>() : selection;
    }

    public List<BulkApprovals.Result> getBulkResults() {
        return bulkResults;
    }
}

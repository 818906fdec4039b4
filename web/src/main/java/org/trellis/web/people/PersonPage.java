package org.trellis.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trellis.career.boundary.CareerHistory;
import org.trellis.career.entity.RequestView;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.web.shell.Refusals;

/** A person: where they stand, what is coming (approved changes still to take effect, requests in flight) and their career history. */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    CareerHistory careerHistory;

    @Inject
    org.trellis.pay.boundary.IndividualPay individualPay;

    private String number;
    private boolean self;
    private EmployeeCard card;
    private List<CareerHistory.HistoryItem> history = List.of();
    private List<RequestView> openRequests = List.of();
    private List<CareerHistory.ApprovedChange> approvedChanges = List.of();
    /** The caller's own pay, on their own page only: nobody else's pay is ever on a person's page. */
    private org.trellis.pay.entity.PayStatement pay;

    public void load() {
        String me = people.me().card().map(EmployeeCard::number).orElse(null);
        if (number == null || number.isBlank()) {
            number = me;
        }
        self = number != null && number.equals(me);
        if (number != null) {
            Refusals.attempt(() -> {
                card = people.find(number);
                history = careerHistory.of(number);
                CareerHistory.Outlook coming = careerHistory.coming(number);
                approvedChanges = coming.approved();
                openRequests = coming.inFlight();
                if (self) {
                    pay = individualPay.mine().orElse(null);
                }
            });
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    /** The signed-in person's own page: nobody proposes a change of their own position. */
    public boolean isSelf() {
        return self;
    }

    public EmployeeCard getCard() {
        return card;
    }

    public List<CareerHistory.HistoryItem> getHistory() {
        return history;
    }

    public List<RequestView> getOpenRequests() {
        return openRequests;
    }

    /** The "Your pay" section (right to information): the signed-in person's own pay; null on anyone else's page. */
    public org.trellis.pay.entity.PayStatement getPay() {
        return pay;
    }

    /** "EUR 85,000.00". */
    public String money(java.math.BigDecimal amount, String currency) {
        return org.trellis.web.shell.MoneyFormat.of(amount, currency);
    }

    /** Approved changes that have not taken effect yet, soonest first. */
    public List<CareerHistory.ApprovedChange> getApprovedChanges() {
        return approvedChanges;
    }

    /** "M3 from 4 January 2027, approved by all four parties". */
    public String coming(CareerHistory.ApprovedChange change) {
        return java.text.MessageFormat.format(org.trellis.web.shell.PageMessages.text("person.coming.line"), change.to().code(),
                change.effectiveDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)),
                change.approvedBy().size());
    }
}

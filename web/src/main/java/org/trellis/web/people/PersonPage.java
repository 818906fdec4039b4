package org.trellis.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trellis.career.boundary.CareerHistory;
import org.trellis.career.boundary.ChangeRequests;
import org.trellis.career.entity.RequestView;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.web.shell.Refusals;

/** A person: where they stand, their career history and their open requests. */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    ChangeRequests requests;

    @Inject
    CareerHistory careerHistory;

    private String number;
    private boolean self;
    private EmployeeCard card;
    private List<CareerHistory.HistoryItem> history = List.of();
    private List<RequestView> openRequests = List.of();

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
                openRequests = requests.list(null, number).stream().filter(r -> r.state().isOpen()).toList();
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
}

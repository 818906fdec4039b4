package org.trellis.web.growth;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.trellis.growth.boundary.ReadinessRules;
import org.trellis.growth.entity.ActivityKind;
import org.trellis.growth.entity.Requirement;
import org.trellis.rules.BusinessRefusal;
import org.trellis.web.shell.PageMessages;

/** HR's readiness rule: edit the requirements of the rule in force and save them as a new version with a reason. */
@Named
@ViewScoped
public class ReadinessRulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadinessRules rules;

    private ReadinessRules.RuleView current;
    private List<ReadinessRules.RuleView> history;
    private List<Row> rows;
    private String reason;

    /** One requirement as the form edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private int atLeast = 1;
        private ActivityKind[] kinds = new ActivityKind[0];

        public int getAtLeast() {
            return atLeast;
        }

        public void setAtLeast(int atLeast) {
            this.atLeast = atLeast;
        }

        public ActivityKind[] getKinds() {
            return kinds;
        }

        public void setKinds(ActivityKind[] kinds) {
            this.kinds = kinds == null ? new ActivityKind[0] : kinds;
        }
    }

    @PostConstruct
    void load() {
        current = rules.current();
        history = rules.history();
        rows = new ArrayList<>();
        for (Requirement requirement : current.requirements()) {
            Row row = new Row();
            row.atLeast = requirement.atLeast();
            row.kinds = requirement.kindList().toArray(ActivityKind[]::new);
            rows.add(row);
        }
        reason = null;
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public void save() {
        try {
            List<Requirement> requirements = new ArrayList<>();
            for (Row row : rows) {
                requirements.add(new Requirement(row.atLeast, row.kinds.length == 0 ? EnumSet.noneOf(ActivityKind.class)
                        : EnumSet.copyOf(Arrays.asList(row.kinds))));
            }
            ReadinessRules.RuleView saved = rules.change(requirements, reason);
            load();
            PageMessages.show(FacesMessage.SEVERITY_INFO,
                    PageMessages.text("growth.rule.saved").replace("{0}", String.valueOf(saved.version())));
        } catch (BusinessRefusal refused) {
            // A rule broken, or a change by someone else at the same moment (a conflict): the form keeps what was typed.
            PageMessages.show(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
    }

    /** The kinds a readiness rule may count: steps toward management. */
    public ActivityKind[] getKinds() {
        return ActivityKind.suiting(org.trellis.framework.entity.TrackKind.MANAGEMENT).toArray(ActivityKind[]::new);
    }

    public ReadinessRules.RuleView getCurrent() {
        return current;
    }

    public List<ReadinessRules.RuleView> getHistory() {
        return history;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package org.trellis.web.pay;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.trellis.framework.entity.TrackKind;
import org.trellis.pay.boundary.PayParity;
import org.trellis.pay.boundary.PayParityPolicies;
import org.trellis.pay.entity.ParityReport;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;
import org.trellis.web.api.BadRequest;
import org.trellis.web.api.Params;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.Refusals;
import org.trellis.web.workbook.StreamingWorkbooks;

/**
 * The pay parity report page: filters as view parameters (framework, department, from, to; a GET
 * form), one chart and table per band (flagged first), the progression table, the .xlsx export, and
 * for HR the threshold policy with its change form. The figures come from {@link PayParity}.
 */
@Named
@ViewScoped
public class PayParityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PayParity parity;

    @Inject
    PayParityPolicies policies;

    private String framework;
    private String department;
    private String from;
    private String to;
    private ParityReport report;
    private List<PayParity.FrameworkChoice> frameworks = List.of();
    private List<PayParity.DepartmentChoice> departments = List.of();
    private PayParityPolicies.ParityPolicyView policy;
    private BigDecimal newThreshold;
    private String reason;

    /** Reads the view parameters once (f:viewAction); a malformed one is a bad request naming it. */
    public void open() throws IOException {
        frameworks = parity.frameworks();
        departments = parity.departments();
        policy = policies.current();
        try {
            load();
        } catch (BadRequest wrong) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(400, wrong.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        } catch (NotFound | RuleViolation refused) {
            PageMessages.show(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
    }

    private void load() {
        report = parity.report(id(framework, "framework"), id(department, "department"), Params.date(from, "from"),
                Params.date(to, "to"));
    }

    /** HR changes the threshold; the report is made again with it. */
    public void changePolicy() {
        if (Refusals.attempt(() -> policy = policies.change(newThreshold, reason))) {
            PageMessages.show(jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(PageMessages.text("parity.policy.changed"), policy.gapThreshold()));
            newThreshold = null;
            reason = null;
            load();
        }
    }

    public StreamedContent export() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ParityReport shown = report;
        return DefaultStreamedContent.builder()
                .name("trellis-pay-parity-" + shown.asOf() + ".xlsx")
                .contentType(StreamingWorkbooks.XLSX)
                .writer(out -> new PayParityWorkbook(ResourceBundle.getBundle("org.trellis.web.messages", locale)).write(shown, out))
                .build();
    }

    /** The chart of a band, as inline SVG. */
    public String chart(ParityReport.Band band) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return ParityChart.svg(band, new ParityChart.Words() {
            @Override
            public String title(ParityReport.Band b) {
                return MessageFormat.format(PageMessages.text("parity.chart.title"), b.band());
            }

            @Override
            public String kind(TrackKind kind) {
                return PageMessages.text("kind." + kind.name());
            }

            @Override
            public String fewerThan5() {
                return PageMessages.text("parity.fewerThan5");
            }

            @Override
            public String nobody() {
                return PageMessages.text("parity.nobody");
            }

            @Override
            public String minimum() {
                return PageMessages.text("parity.col.minimum");
            }

            @Override
            public String midpoint() {
                return PageMessages.text("parity.col.midpoint");
            }

            @Override
            public String maximum() {
                return PageMessages.text("parity.col.maximum");
            }

            @Override
            public String median() {
                return PageMessages.text("parity.col.medianPay");
            }
        }, locale);
    }

    public List<ParityReport.Group> groups(ParityReport.Band band) {
        return java.util.stream.Stream.concat(band.tracks().stream(), band.sexes().stream()).toList();
    }

    public String groupName(ParityReport.Group group) {
        return group.key().length() == 1 ? PageMessages.text("parity.sex." + group.key()) : PageMessages.text("kind." + group.key());
    }

    public long flaggedCount() {
        return report == null ? 0 : report.bands().stream().filter(ParityReport.Band::flagged).count();
    }

    private static Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(field + " is not an id (a whole number)");
        }
    }

    public ParityReport getReport() {
        return report;
    }

    public List<PayParity.FrameworkChoice> getFrameworks() {
        return frameworks;
    }

    public List<PayParity.DepartmentChoice> getDepartments() {
        return departments;
    }

    public PayParityPolicies.ParityPolicyView getPolicy() {
        return policy;
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
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

    public BigDecimal getNewThreshold() {
        return newThreshold;
    }

    public void setNewThreshold(BigDecimal newThreshold) {
        this.newThreshold = newThreshold;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

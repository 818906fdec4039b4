package org.trellis.web.framework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.trellis.framework.boundary.Frameworks;
import org.trellis.framework.control.Ladder;
import org.trellis.framework.control.LadderChange;
import org.trellis.framework.entity.VersionState;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.Refusals;
import org.trellis.web.workbook.StreamingWorkbooks;

/**
 * The framework browser: the tracks side by side by band, the matrix of a track, two levels
 * compared, the version history with what changed. Reads only; HR imports on another page.
 *
 * <p>{@code ?framework=&version=} opens one version, a draft too: HR and ADMIN review a draft here
 * before they publish it (the import page links to it). Everyone else is shown the version in force,
 * with the boundary's refusal as the page's message.
 */
@Named
@ViewScoped
public class FrameworkBrowserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Frameworks frameworks;

    private List<Frameworks.FrameworkSummary> all;
    private Long frameworkId;
    private Integer versionNumber;
    private List<Frameworks.VersionSummary> versions = List.of();
    private Frameworks.VersionView view;
    private String matrixTrack;
    private String leftLevel;
    private String rightLevel;
    private Integer diffFrom;
    private Integer diffTo;
    private List<LadderChange> changes = List.of();

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        all = frameworks.list();
    }

    /** On opening the page: the version the address asks for, else the first framework's version in force. */
    public void open() {
        if (frameworkId != null && all.stream().anyMatch(f -> f.id() == frameworkId)) {
            Integer asked = versionNumber;
            selectFramework();
            if (asked != null && !asked.equals(versionNumber)) {
                Integer inForce = versionNumber;
                versionNumber = asked;
                if (!Refusals.attempt(this::selectVersion)) {
                    versionNumber = inForce;
                    selectVersion();
                }
            }
            return;
        }
        all.stream().filter(f -> f.publishedVersion() != null).findFirst().or(() -> all.stream().findFirst())
                .ifPresent(f -> {
                    frameworkId = f.id();
                    selectFramework();
                });
    }

    /** Shows the chosen framework at its published version (or its newest one). */
    public void selectFramework() {
        versions = frameworks.versions(frameworkId);
        versionNumber = versions.stream().filter(v -> v.state() == VersionState.PUBLISHED)
                .map(Frameworks.VersionSummary::number).findFirst()
                .orElse(versions.isEmpty() ? null : versions.get(versions.size() - 1).number());
        selectVersion();
    }

    public void selectVersion() {
        view = versionNumber == null ? null : frameworks.version(frameworkId, versionNumber);
        changes = List.of();
        if (view != null) {
            Ladder ladder = view.ladder();
            matrixTrack = ladder.tracks().isEmpty() ? null : ladder.tracks().get(0).code();
            List<Ladder.Level> levels = ladder.levels();
            leftLevel = levels.isEmpty() ? null : levels.get(0).code();
            rightLevel = levels.size() < 2 ? leftLevel : levels.get(levels.size() - 1).code();
            diffTo = versionNumber;
            diffFrom = versionNumber > 1 ? versionNumber - 1 : versionNumber;
        }
    }

    public void compareVersions() {
        changes = frameworks.changes(frameworkId, diffFrom, diffTo);
    }

    /** HR puts the draft they reviewed here in force; the page then shows it as the version in force. */
    public void publish() {
        int number = versionNumber;
        if (Refusals.attempt(() -> frameworks.publish(frameworkId, number))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("frameworkImport.published"));
            all = frameworks.list();
            selectFramework();
        }
    }

    /** HR throws the draft away; the page shows the version in force again. */
    public void discard() {
        int number = versionNumber;
        if (Refusals.attempt(() -> frameworks.discard(frameworkId, number))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("frameworkImport.discarded"));
            all = frameworks.list();
            selectFramework();
        }
    }

    /** A draft is shown with a banner: it is not in force, and only HR and ADMIN see it. */
    public boolean isDraft() {
        return view != null && view.summary().state() == VersionState.DRAFT;
    }

    public StreamedContent export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LadderWorkbook().write(view.ladder(), LadderWorkbook.Heading.of(view.summary(), LocalDate.now(clock)), out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder()
                .name(view.summary().framework().replaceAll("[^A-Za-z0-9._-]+", "-") + "-v" + versionNumber + ".xlsx")
                .contentType(StreamingWorkbooks.XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /**
     * A band's pay range as the side-by-side view shows it beside the band ("EUR 78,000 – 102,000",
     * midpoint 90,000), or null when the version has no range for the band. Everyone who may read
     * the version sees it: ranges are not private (pay transparency).
     */
    public RangeView payRange(int band) {
        return view == null ? null : view.ladder().payRangeOf(band).map(RangeView::of).orElse(null);
    }

    /** Whether the version has pay ranges at all; without any, the view has no pay column. */
    public boolean isWithPayRanges() {
        return view != null && !view.ladder().payRanges().isEmpty();
    }

    /** A range's amounts for people: whole units with thousands separators, cents only when there are any. */
    public record RangeView(String currency, String minimum, String midpoint, String maximum) implements Serializable {
        static RangeView of(Ladder.PayRange range) {
            return new RangeView(range.currency(), amount(range.minimum()), amount(range.midpoint()),
                    amount(range.maximum()));
        }

        private static String amount(String text) {
            java.math.BigDecimal value = new java.math.BigDecimal(text);
            java.text.DecimalFormat format = new java.text.DecimalFormat(
                    value.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
            return format.format(value);
        }
    }

    public Ladder.Level level(String code) {
        return view.ladder().levels().stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }

    public Ladder getLadder() {
        return view == null ? null : view.ladder();
    }

    public Frameworks.VersionSummary getSummary() {
        return view == null ? null : view.summary();
    }

    public List<Frameworks.FrameworkSummary> getAll() {
        return all;
    }

    public List<Frameworks.VersionSummary> getVersions() {
        return versions;
    }

    public List<LadderChange> getChanges() {
        return changes;
    }

    public Long getFrameworkId() {
        return frameworkId;
    }

    public void setFrameworkId(Long frameworkId) {
        this.frameworkId = frameworkId;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public String getMatrixTrack() {
        return matrixTrack;
    }

    public void setMatrixTrack(String matrixTrack) {
        this.matrixTrack = matrixTrack;
    }

    public String getLeftLevel() {
        return leftLevel;
    }

    public void setLeftLevel(String leftLevel) {
        this.leftLevel = leftLevel;
    }

    public String getRightLevel() {
        return rightLevel;
    }

    public void setRightLevel(String rightLevel) {
        this.rightLevel = rightLevel;
    }

    public Integer getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Integer diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Integer getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Integer diffTo) {
        this.diffTo = diffTo;
    }
}

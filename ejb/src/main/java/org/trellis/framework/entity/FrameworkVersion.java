package org.trellis.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trellis.rules.RuleViolation;

/**
 * One version of a framework: its tracks (with their levels), competencies and expectations.
 * Content is written once, when the version is imported; afterwards only its state moves
 * (DRAFT → PUBLISHED → RETIRED), and a published or retired version is never edited.
 */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion {

    @Id
    @SequenceGenerator(name = "framework_version_seq", sequenceName = "framework_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "framework_version_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionState state;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    @OneToMany(mappedBy = "frameworkVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Track> tracks = new ArrayList<>();

    @OneToMany(mappedBy = "frameworkVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Competency> competencies = new ArrayList<>();

    /** One pay range per band that has a level; empty when the version was imported without them. */
    @OneToMany(mappedBy = "frameworkVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("band")
    private List<PayRange> payRanges = new ArrayList<>();

    @Version
    private long version;

    protected FrameworkVersion() {
    }

    FrameworkVersion(Framework framework, int number, String label, String description, String importedBy,
            OffsetDateTime importedAt) {
        this.framework = framework;
        this.number = number;
        this.label = label == null ? "" : label.strip();
        this.description = description == null ? "" : description.strip();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.state = VersionState.DRAFT;
    }

    public Track addTrack(String code, String name, TrackKind kind, String description) {
        requireDraft("changed");
        Track track = new Track(this, code, name, kind, description, tracks.size() + 1);
        tracks.add(track);
        return track;
    }

    public Competency addCompetency(String code, String name, String category, String description) {
        requireDraft("changed");
        Competency competency = new Competency(this, code, name, category, description, competencies.size() + 1);
        competencies.add(competency);
        return competency;
    }

    public PayRange addPayRange(int band, String currency, BigDecimal minimum, BigDecimal midpoint, BigDecimal maximum) {
        requireDraft("changed");
        if (payRangeOf(band).isPresent()) {
            throw new RuleViolation("Band " + band + " has one pay range only");
        }
        PayRange range = new PayRange(this, band, currency, minimum, midpoint, maximum);
        payRanges.add(range);
        return range;
    }

    public Optional<PayRange> payRangeOf(int band) {
        return payRanges.stream().filter(r -> r.getBand() == band).findFirst();
    }

    void publish(OffsetDateTime at) {
        move(VersionState.PUBLISHED);
        publishedAt = at;
    }

    void retire(OffsetDateTime at) {
        move(VersionState.RETIRED);
        retiredAt = at;
    }

    private void move(VersionState target) {
        if (!state.mayBecome(target)) {
            throw new RuleViolation("Version " + number + " of " + framework.getName() + " is " + state
                    + " and cannot become " + target);
        }
        state = target;
    }

    /** Refuses anything but a draft, naming what was tried ("published", "changed", "discarded"). */
    public void requireDraft(String what) {
        if (state != VersionState.DRAFT) {
            throw new RuleViolation("Version " + number + " of " + framework.getName() + " is " + state
                    + ": only a draft can be " + what);
        }
    }

    public List<Level> levels() {
        return tracks.stream().flatMap(t -> t.getLevels().stream()).toList();
    }

    public Long getId() {
        return id;
    }

    public Framework getFramework() {
        return framework;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    public VersionState getState() {
        return state;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getRetiredAt() {
        return retiredAt;
    }

    public List<Track> getTracks() {
        return List.copyOf(tracks);
    }

    public List<Competency> getCompetencies() {
        return List.copyOf(competencies);
    }

    public List<PayRange> getPayRanges() {
        return List.copyOf(payRanges);
    }

    public long getVersion() {
        return version;
    }
}

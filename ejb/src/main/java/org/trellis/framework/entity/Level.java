package org.trellis.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A rung of a track. Its band says how senior it is across tracks: levels of the same band are
 * equally senior, whichever track they are on.
 */
@Entity
@Table(name = "career_level")
@NamedQuery(name = Level.FIND_PUBLISHED, query = "SELECT l FROM Level l JOIN FETCH l.track t"
        + " WHERE l.frameworkVersion.state = org.trellis.framework.entity.VersionState.PUBLISHED")
public class Level {

    public static final String FIND_PUBLISHED = "Level.findPublished";

    @Id
    @SequenceGenerator(name = "ladder_seq", sequenceName = "ladder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ladder_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "track_id")
    private Track track;

    /** The version too, so that level codes are unique per version in the database. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_version_id")
    private FrameworkVersion frameworkVersion;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int band;

    @Column(nullable = false, length = 4000)
    private String summary;

    @OneToMany(mappedBy = "level", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Expectation> expectations = new ArrayList<>();

    protected Level() {
    }

    Level(Track track, String code, String title, int position, int band, String summary) {
        this.track = track;
        this.frameworkVersion = track.getFrameworkVersion();
        this.code = code;
        this.title = title;
        this.position = position;
        this.band = band;
        this.summary = summary == null ? "" : summary;
    }

    public Expectation expect(Competency competency, String text) {
        frameworkVersion.requireDraft("changed");
        Expectation expectation = new Expectation(this, competency, text);
        expectations.add(expectation);
        return expectation;
    }

    public Long getId() {
        return id;
    }

    public Track getTrack() {
        return track;
    }

    public FrameworkVersion getFrameworkVersion() {
        return frameworkVersion;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }

    public int getBand() {
        return band;
    }

    public String getSummary() {
        return summary;
    }

    public List<Expectation> getExpectations() {
        return List.copyOf(expectations);
    }
}

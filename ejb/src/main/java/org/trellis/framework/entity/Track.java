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
import java.util.ArrayList;
import java.util.List;

/** A ladder inside a framework version: IC or MANAGEMENT, its levels in ladder order. */
@Entity
public class Track {

    @Id
    @SequenceGenerator(name = "ladder_seq", sequenceName = "ladder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ladder_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_version_id")
    private FrameworkVersion frameworkVersion;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TrackKind kind;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "track", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Level> levels = new ArrayList<>();

    protected Track() {
    }

    Track(FrameworkVersion frameworkVersion, String code, String name, TrackKind kind, String description, int position) {
        this.frameworkVersion = frameworkVersion;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.description = description == null ? "" : description;
        this.position = position;
    }

    public Level addLevel(String code, String title, int band, String summary) {
        frameworkVersion.requireDraft("changed");
        Level level = new Level(this, code, title, levels.size() + 1, band, summary);
        levels.add(level);
        return level;
    }

    public Long getId() {
        return id;
    }

    public FrameworkVersion getFrameworkVersion() {
        return frameworkVersion;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public TrackKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    public List<Level> getLevels() {
        return List.copyOf(levels);
    }
}

package org.trellis.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A career framework for a job family (e.g. Engineering): its versions, at most one published. */
@Entity
@NamedQuery(name = Framework.FIND_ALL, query = "SELECT f FROM Framework f ORDER BY f.name")
@NamedQuery(name = Framework.FIND_BY_NAME, query = "SELECT f FROM Framework f WHERE LOWER(f.name) = LOWER(:name)")
public class Framework {

    public static final String FIND_ALL = "Framework.findAll";
    public static final String FIND_BY_NAME = "Framework.findByName";

    @Id
    @SequenceGenerator(name = "framework_seq", sequenceName = "framework_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "framework_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<FrameworkVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Framework() {
    }

    public Framework(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A framework needs a name");
        }
        this.name = name.strip();
    }

    /** A new DRAFT version, numbered after the last one. */
    public FrameworkVersion draft(String label, String description, String importedBy, OffsetDateTime at) {
        int number = versions.stream().mapToInt(FrameworkVersion::getNumber).max().orElse(0) + 1;
        FrameworkVersion draft = new FrameworkVersion(this, number, label, description, importedBy, at);
        versions.add(draft);
        return draft;
    }

    public Optional<FrameworkVersion> published() {
        return versions.stream().filter(v -> v.getState() == VersionState.PUBLISHED).findFirst();
    }

    public Optional<FrameworkVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    /** Publishes a draft; the version in force until now is retired, kept and still readable. */
    public void publish(FrameworkVersion draft, OffsetDateTime at) {
        draft.requireDraft("published");
        published().ifPresent(current -> current.retire(at));
        draft.publish(at);
    }

    /** Only drafts can be discarded: published and retired versions are history. */
    public void discard(FrameworkVersion draft) {
        draft.requireDraft("discarded");
        versions.remove(draft);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<FrameworkVersion> getVersions() {
        return List.copyOf(versions);
    }

    public long getVersion() {
        return version;
    }
}

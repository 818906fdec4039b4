package org.trellis.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** An axis of the expectations matrix (e.g. Craft, Direction, People). */
@Entity
public class Competency {

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

    @Column(nullable = false, length = 200)
    private String category;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(nullable = false)
    private int position;

    protected Competency() {
    }

    Competency(FrameworkVersion frameworkVersion, String code, String name, String category, String description,
            int position) {
        this.frameworkVersion = frameworkVersion;
        this.code = code;
        this.name = name;
        this.category = category == null ? "" : category;
        this.description = description == null ? "" : description;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }
}

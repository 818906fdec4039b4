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

/** One matrix cell: what a competency looks like at a level. */
@Entity
public class Expectation {

    @Id
    @SequenceGenerator(name = "ladder_seq", sequenceName = "ladder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ladder_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "level_id")
    private Level level;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "competency_id")
    private Competency competency;

    @Column(nullable = false, length = 4000)
    private String text;

    protected Expectation() {
    }

    Expectation(Level level, Competency competency, String text) {
        this.level = level;
        this.competency = competency;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Level getLevel() {
        return level;
    }

    public Competency getCompetency() {
        return competency;
    }

    public String getText() {
        return text;
    }
}

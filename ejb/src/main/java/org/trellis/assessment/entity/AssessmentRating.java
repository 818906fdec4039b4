package org.trellis.assessment.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One competency of an assessment: the expectation it was judged against, as its text stood then
 * (a copy, so that a later framework version does not change it), and the rating and evidence given;
 * a competency left unrated has neither.
 */
@Entity
@Table(name = "assessment_rating")
public class AssessmentRating {

    @Id
    @SequenceGenerator(name = "assessment_rating_seq", sequenceName = "assessment_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_rating_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Column(nullable = false)
    private int position;

    @Column(name = "competency_code", nullable = false, length = 32)
    private String competencyCode;

    @Column(name = "competency_name", nullable = false, length = 200)
    private String competencyName;

    @Column(nullable = false, length = 4000)
    private String expectation;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Rating rating;

    @Column(length = Assessment.MAX_EVIDENCE)
    private String evidence;

    protected AssessmentRating() {
    }

    AssessmentRating(Assessment assessment, int position, String competencyCode, String competencyName,
            String expectation) {
        this.assessment = assessment;
        this.position = position;
        this.competencyCode = competencyCode;
        this.competencyName = competencyName;
        this.expectation = expectation;
    }

    void judge(int position, String competencyName, String expectation, Rating rating, String evidence) {
        this.position = position;
        this.competencyName = competencyName;
        this.expectation = expectation;
        this.rating = rating;
        this.evidence = evidence;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public String getCompetencyName() {
        return competencyName;
    }

    public String getExpectation() {
        return expectation;
    }

    /** Null when the competency was left unrated. */
    public Rating getRating() {
        return rating;
    }

    public String getEvidence() {
        return evidence;
    }
}

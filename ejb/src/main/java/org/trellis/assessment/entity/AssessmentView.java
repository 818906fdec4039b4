package org.trellis.assessment.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trellis.people.entity.PersonRef;

/**
 * An assessment as every reader sees it: whose, by whom, against which level (as it stood then),
 * when, whether shared, and per competency the expectation, rating and evidence. Other features
 * read it through {@code Assessments.latestShared}, e.g. to pre-fill a promotion case.
 *
 * @param author null when the author has no employee record (never, today: only people assess)
 */
public record AssessmentView(long id, PersonRef employee, AssessmentKind kind, PersonRef author, String authorLogin,
        AssessedLevel level, OffsetDateTime assessedAt, boolean shared, OffsetDateTime sharedAt,
        List<CompetencyRating> ratings, long version) implements Serializable {

    /** The level an assessment was judged against, as it stood then. */
    public record AssessedLevel(String code, String title, int band, String framework, int frameworkVersion)
            implements Serializable {
    }

    /**
     * One competency: its code and name, the expectation's text as it stood, and what was said.
     *
     * @param rating null when left unrated
     * @param evidence null when none was given
     */
    public record CompetencyRating(String competency, String name, String expectation, Rating rating, String evidence)
            implements Serializable {
    }

    public static AssessmentView of(Assessment a) {
        return new AssessmentView(a.getId(), PersonRef.of(a.getEmployee()), a.getKind(), PersonRef.of(a.getAuthor()),
                a.getAuthorLogin(), new AssessedLevel(a.getLevelCode(), a.getLevelTitle(), a.getBand(),
                        a.getFrameworkName(), a.getFrameworkVersion()),
                a.getAssessedAt(), a.isShared(), a.getSharedAt(),
                a.getRatings().stream().map(r -> new CompetencyRating(r.getCompetencyCode(), r.getCompetencyName(),
                        r.getExpectation(), r.getRating(), r.getEvidence())).toList(),
                a.getVersion());
    }

    public AssessmentView {
        ratings = List.copyOf(ratings);
    }

    /** What was said of one competency (by code, any case); empty when it was not part of this assessment. */
    public Optional<CompetencyRating> rating(String competencyCode) {
        return ratings.stream().filter(r -> r.competency().equalsIgnoreCase(competencyCode)).findFirst();
    }

    /** The ratings by competency code, in the matrix's order. */
    public Map<String, CompetencyRating> byCompetency() {
        Map<String, CompetencyRating> byCode = new LinkedHashMap<>();
        ratings.forEach(r -> byCode.put(r.competency(), r));
        return byCode;
    }
}

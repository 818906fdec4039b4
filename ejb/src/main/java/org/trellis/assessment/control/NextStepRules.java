package org.trellis.assessment.control;

import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trellis.assessment.entity.AssessmentView;
import org.trellis.assessment.entity.Rating;
import org.trellis.framework.entity.Expectation;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.Track;

/**
 * A person's next steps and how much of each is shown already.
 *
 * <p><b>The steps.</b> From a level of the version in force: the next level on the person's own
 * track (by position); on each track of the other kind, the level of the same band (a move of equal
 * standing: neither up nor down, docs/DESIGN.md invariant 5) and the first level of a higher band
 * (the band above). A step that the framework does not have (the top of a track, no level of that
 * band) is simply not offered.
 *
 * <p><b>What counts as shown.</b> A rating says which band a competency is shown at: {@code MEETS}
 * the band of the level it was assessed at, {@code ABOVE} one band more ("shows the next level"),
 * {@code BELOW} one band less. A competency of the target level counts as shown when it was rated
 * at a band at least the target's: so at the next band only {@code ABOVE} counts, and at the same
 * band on the other track {@code MEETS} or {@code ABOVE} do. A competency left unrated, or one the
 * assessed level does not expect, is not shown yet. The count is made from the manager's latest
 * assessment the caller may see, or the person's own when there is none; only assessments made at
 * the person's current level count (an older level's are history).
 */
@Dependent
public class NextStepRules {

    /** True when {@code rating}, given at a level of {@code assessedBand}, shows a level of {@code targetBand}. */
    public boolean shown(Rating rating, int assessedBand, int targetBand) {
        return rating != null && rating.bandShown(assessedBand) >= targetBand;
    }

    /** The levels a person on {@code current} may grow to, in the order a page shows them. */
    public Map<StepKind, Level> targets(Level current) {
        Map<StepKind, Level> targets = new LinkedHashMap<>();
        Track own = current.getTrack();
        own.getLevels().stream().filter(l -> l.getPosition() > current.getPosition())
                .min(Comparator.comparingInt(Level::getPosition))
                .ifPresent(next -> targets.put(StepKind.NEXT_ON_OWN_TRACK, next));
        List<Track> others = own.getFrameworkVersion().getTracks().stream()
                .filter(t -> t.getKind() != own.getKind()).toList();
        for (Track other : others) {
            Comparator<Level> ladderOrder = Comparator.comparingInt(Level::getBand).thenComparingInt(Level::getPosition);
            other.getLevels().stream().filter(l -> l.getBand() == current.getBand()).min(ladderOrder)
                    .ifPresent(same -> targets.putIfAbsent(StepKind.SAME_BAND_OTHER_TRACK, same));
            other.getLevels().stream().filter(l -> l.getBand() > current.getBand()).min(ladderOrder)
                    .ifPresent(above -> targets.putIfAbsent(StepKind.BAND_ABOVE_OTHER_TRACK, above));
        }
        return targets;
    }

    /**
     * Every next step of a person on {@code current}, beside the latest self and manager assessments
     * the caller may see (empty when there is none, or it was made at another level).
     */
    public List<NextStep> steps(Level current, Optional<AssessmentView> self, Optional<AssessmentView> manager) {
        Optional<AssessmentView> ownSelf = self.filter(a -> a.level().code().equals(current.getCode()));
        Optional<AssessmentView> ownManager = manager.filter(a -> a.level().code().equals(current.getCode()));
        List<NextStep> steps = new ArrayList<>();
        targets(current).forEach((kind, target) -> steps.add(step(kind, current, target, ownSelf, ownManager)));
        return steps;
    }

    NextStep step(StepKind kind, Level current, Level target, Optional<AssessmentView> self,
            Optional<AssessmentView> manager) {
        Optional<AssessmentView> basis = manager.isPresent() ? manager : self;
        List<NextStep.CompetencyStep> competencies = new ArrayList<>();
        int shown = 0;
        for (Expectation expectation : ordered(target)) {
            String code = expectation.getCompetency().getCode();
            Optional<AssessmentView.CompetencyRating> bySelf = self.flatMap(a -> a.rating(code));
            Optional<AssessmentView.CompetencyRating> byManager = manager.flatMap(a -> a.rating(code));
            boolean isShown = basis.flatMap(a -> a.rating(code).map(r -> shown(r.rating(), a.level().band(), target.getBand())))
                    .orElse(false);
            if (isShown) {
                shown++;
            }
            competencies.add(new NextStep.CompetencyStep(code, expectation.getCompetency().getName(), expectation.getText(),
                    expectationAt(current, code),
                    bySelf.map(AssessmentView.CompetencyRating::rating).orElse(null),
                    bySelf.map(AssessmentView.CompetencyRating::evidence).orElse(null),
                    byManager.map(AssessmentView.CompetencyRating::rating).orElse(null),
                    byManager.map(AssessmentView.CompetencyRating::evidence).orElse(null), isShown));
        }
        return new NextStep(kind, LevelRef.of(target), target.getBand() == current.getBand(), competencies, shown,
                competencies.size(), basis.map(AssessmentView::kind).orElse(null));
    }

    private static List<Expectation> ordered(Level level) {
        return level.getExpectations().stream()
                .sorted(Comparator.comparingInt(e -> e.getCompetency().getPosition())).toList();
    }

    private static String expectationAt(Level level, String competencyCode) {
        return level.getExpectations().stream().filter(e -> e.getCompetency().getCode().equals(competencyCode))
                .map(Expectation::getText).findFirst().orElse("");
    }

    /** The summary line of each step. */
    public static List<NextStepSummary.Count> counts(List<NextStep> steps) {
        return steps.stream().map(s -> new NextStepSummary.Count(s.kind(), s.level(), s.equalStanding(), s.shown(), s.total(),
                s.basis()))
                .toList();
    }
}

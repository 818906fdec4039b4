package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.TrackKind;
import org.trellis.framework.entity.VersionState;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * Where a request may take someone: a promotion goes up its own track; a track change lands on the
 * same band of another track, or higher if it is also a promotion (docs/DESIGN.md, invariant 5); a
 * management trial lands on a management level of the same band; a return to IC keeps the band; a
 * lateral move keeps the level. Always a level of the published framework version.
 */
@Dependent
public class TargetLevelRules {

    /** @return true when the move is also a promotion (a higher band) */
    public boolean check(RequestType type, Employee subject, Level target, Employee newManager) {
        return check(type, null, subject, target, newManager);
    }

    /** @param outcome how a trial ends, for a TRIAL_OUTCOME */
    public boolean check(RequestType type, TrialOutcome outcome, Employee subject, Level target, Employee newManager) {
        boolean promotes = checkLevel(type, outcome, subject, target);
        if (type == RequestType.LATERAL_MOVE && (newManager == null || newManager.equals(subject.getManager()))) {
            throw new RuleViolation("A lateral move names the new manager (newManager)");
        }
        return promotes;
    }

    /**
     * Whether a request of this type may land on this level, whoever the new manager is: the levels
     * a requester is offered.
     *
     * @return true when the move is also a promotion (a higher band)
     */
    public boolean checkLevel(RequestType type, TrialOutcome outcome, Employee subject, Level target) {
        if (target.getFrameworkVersion().getState() != VersionState.PUBLISHED) {
            throw new RuleViolation(target.getCode() + " is not a level of the published framework version");
        }
        Level current = subject.level().orElseThrow(() -> new RuleViolation(subject.getName()
                + " is on no level yet: place them with the roster first"));
        // A track is the same only within the same framework: another job family may reuse a track code.
        boolean sameTrack = current.getTrack().getCode().equals(target.getTrack().getCode())
                && current.getFrameworkVersion().getFramework().getName()
                        .equals(target.getFrameworkVersion().getFramework().getName());
        int from = current.getBand();
        int to = target.getBand();
        switch (type) {
            case PROMOTION -> {
                if (!sameTrack) {
                    throw new RuleViolation("A promotion stays on its track: " + target.getCode() + " is on "
                            + target.getTrack().getName() + ", " + subject.getName() + " is on " + current.getTrack().getName()
                            + " (ask for a track change instead)");
                }
                if (target.getPosition() <= current.getPosition()) {
                    throw new RuleViolation("A promotion goes up the track: " + target.getCode() + " is not above "
                            + current.getCode());
                }
            }
            case TRACK_CHANGE -> {
                if (sameTrack) {
                    throw new RuleViolation("A track change goes to another track: " + target.getCode() + " is on "
                            + current.getTrack().getName() + " already");
                }
                if (to < from) {
                    throw new RuleViolation("A track change lands on the same band (" + from + "), or higher when it is also"
                            + " a promotion: " + target.getCode() + " is band " + to);
                }
            }
            case MANAGEMENT_TRIAL -> {
                if (target.getTrack().getKind() != TrackKind.MANAGEMENT || current.getTrack().getKind() != TrackKind.IC) {
                    throw new RuleViolation("A management trial goes from an IC level to a management level");
                }
                if (to != from) {
                    throw new RuleViolation("A management trial keeps the band (" + from + "): " + target.getCode()
                            + " is band " + to);
                }
            }
            case TRIAL_OUTCOME -> {
                if (to != from) {
                    throw new RuleViolation("A trial outcome keeps the band (" + from + "): " + target.getCode()
                            + " is band " + to);
                }
                if (current.getTrack().getKind() != TrackKind.MANAGEMENT) {
                    throw new RuleViolation(subject.getName() + " is not on a management trial (" + current.getCode() + ")");
                }
                if (outcome == TrialOutcome.RETURN_TO_IC && target.getTrack().getKind() != TrackKind.IC) {
                    throw new RuleViolation("A return to IC lands on the IC level of the same band");
                }
                if ((outcome == TrialOutcome.CONFIRM || outcome == TrialOutcome.EXTEND)
                        && !target.getCode().equals(current.getCode())) {
                    throw new RuleViolation("Confirming or extending a trial keeps " + current.getCode());
                }
            }
            case LATERAL_MOVE -> {
                if (!target.getCode().equals(current.getCode())) {
                    throw new RuleViolation("A lateral move keeps the level " + current.getCode());
                }
            }
        }
        return to > from;
    }
}

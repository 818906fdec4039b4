package org.trellis.growth.entity;

import java.util.Arrays;
import java.util.List;
import org.trellis.framework.entity.TrackKind;

/**
 * A kind of step in a growth plan. Some steps lead toward management (managing interns, management
 * training), some toward the next IC level (technical leadership, technical training, sharing
 * knowledge), and some serve either path (mentoring, a lead role, anything else): a plan offers the
 * kinds that suit the track it is toward.
 */
public enum ActivityKind {
    MENTORSHIP(TrackKind.IC, TrackKind.MANAGEMENT),
    LEAD_ROLE(TrackKind.IC, TrackKind.MANAGEMENT),
    MANAGING_INTERNS(TrackKind.MANAGEMENT),
    MANAGEMENT_TRAINING(TrackKind.MANAGEMENT),
    /** Leading the technical direction of something bigger than one's own work: a design, a migration, a standard. */
    TECHNICAL_LEADERSHIP(TrackKind.IC),
    /** A course, certification or deliberate study of the craft. */
    TECHNICAL_TRAINING(TrackKind.IC),
    /** Talks, writing, internal guilds, teaching others the craft. */
    KNOWLEDGE_SHARING(TrackKind.IC),
    OTHER(TrackKind.IC, TrackKind.MANAGEMENT);

    private final List<TrackKind> suits;

    ActivityKind(TrackKind... suits) {
        this.suits = List.of(suits);
    }

    /** Whether this kind of step belongs in a plan toward {@code toward}. */
    public boolean suits(TrackKind toward) {
        return suits.contains(toward);
    }

    /** The kinds a plan toward {@code toward} offers, in their declared order. */
    public static List<ActivityKind> suiting(TrackKind toward) {
        return Arrays.stream(values()).filter(k -> k.suits(toward)).toList();
    }
}

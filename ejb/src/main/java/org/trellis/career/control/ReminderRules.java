package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * When a waiting sign-off is nudged: a reminder to the party after {@code remindAfter} working days,
 * then word to the party's manager and HR after {@code escalateAfter} working days (both from the
 * sign-off policy HR configures). Each once.
 * Weekends are not working days. Nudges never decide anything (docs/DESIGN.md, invariant 2).
 */
@Dependent
public class ReminderRules {

    public record Due(boolean remind, boolean escalate) {
    }

    public Due due(OffsetDateTime waitingSince, OffsetDateTime remindedAt, OffsetDateTime escalatedAt, OffsetDateTime now,
            int remindAfter, int escalateAfter) {
        long waited = workingDaysBetween(waitingSince, now);
        return new Due(remindedAt == null && waited >= remindAfter, escalatedAt == null && waited >= escalateAfter);
    }

    /**
     * The moment before which a request must have started waiting for {@code workingDays} to have
     * passed by {@code now}: {@code workingDaysBetween(since, now) >= workingDays} exactly when
     * {@code since} is before it. The sweep asks the database for what is due with it, instead of
     * loading every waiting sign-off to count its days.
     */
    public static OffsetDateTime waitingSinceBefore(OffsetDateTime now, int workingDays) {
        LocalDate latest = now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        // Counting back from today: the first day from which enough working days have passed.
        while (workingDaysBetween(latest.atStartOfDay().atOffset(ZoneOffset.UTC), now) < workingDays) {
            latest = latest.minusDays(1);
        }
        return latest.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Working days (Monday to Friday) after {@code from}'s day, up to and including {@code to}'s day, in UTC. */
    public static long workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
        LocalDate day = from.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate end = to.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        long count = 0;
        while (day.isBefore(end)) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}

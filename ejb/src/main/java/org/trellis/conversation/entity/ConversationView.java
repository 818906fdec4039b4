package org.trellis.conversation.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.trellis.people.entity.PersonRef;

/**
 * A held conversation as its department's stewards see it, and the smaller shapes around it
 * (an action, a schedule, a department's overview). Read models assembled in the transaction.
 */
public record ConversationView(long id, DepartmentRef department, LocalDate date, List<PersonRef> participants,
        String findings, List<Action> actions, String recordedBy, OffsetDateTime recordedAt, long version)
        implements Serializable {

    public record DepartmentRef(long id, String code, String name) implements Serializable {
        public static DepartmentRef of(org.trellis.people.entity.Department department) {
            return new DepartmentRef(department.getId(), department.getCode(), department.getName());
        }
    }

    /** A follow-up action; {@code overdue} when open past its due day. */
    public record Action(long id, long conversation, DepartmentRef department, LocalDate conversationDate, PersonRef owner,
            String text, LocalDate due, boolean open, boolean overdue, OffsetDateTime closedAt, String closedBy,
            long version) implements Serializable {
        public static Action of(FollowUpAction action, LocalDate today) {
            DepartmentConversation conversation = action.getConversation();
            return new Action(action.getId(), conversation.getId(), DepartmentRef.of(conversation.getDepartment()),
                    conversation.getHeldOn(), PersonRef.of(action.getOwner()), action.getText(), action.getDueOn(),
                    action.isOpen(), action.isOverdue(today), action.getClosedAt(), action.getClosedBy(), action.getVersion());
        }
    }

    /** A department's schedule with where it stands today. */
    public record Schedule(DepartmentRef department, String title, String audience, Cadence cadence, int every,
            LocalDate startsOn, LocalDate lastHeld, LocalDate nextDue, boolean overdue, String changedBy, long version)
            implements Serializable {
        public static Schedule of(ConversationSchedule schedule, LocalDate lastHeld, LocalDate today) {
            return new Schedule(DepartmentRef.of(schedule.getDepartment()), schedule.getTitle(), schedule.getAudience(),
                    schedule.getCadence(), schedule.getEvery(), schedule.getStartsOn(), lastHeld,
                    schedule.nextDue(lastHeld), schedule.isOverdue(lastHeld, today), schedule.getChangedBy(),
                    schedule.getVersion());
        }
    }

    /** One department in a steward's overview: its schedule (null: none yet), whether it is overdue, open actions. */
    public record Overview(DepartmentRef department, Schedule schedule, LocalDate lastHeld, boolean overdue,
            List<Action> openActions) implements Serializable {
        public long getOverdueActions() {
            return openActions.stream().filter(Action::overdue).count();
        }
    }

    /** Participants are stored by number; {@code people} maps each number to its person. */
    public static ConversationView of(DepartmentConversation conversation, Map<String, PersonRef> people, LocalDate today) {
        return new ConversationView(conversation.getId(), DepartmentRef.of(conversation.getDepartment()),
                conversation.getHeldOn(),
                conversation.getParticipants().stream().map(n -> people.getOrDefault(n, PersonRef.of(n, n))).toList(),
                conversation.getFindings(), conversation.getActions().stream().map(a -> Action.of(a, today)).toList(),
                conversation.getRecordedBy(), conversation.getRecordedAt(), conversation.getVersion());
    }
}

package org.trellis.career.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.RuleViolation;

/** The one four-eyes check, as decisions and reassignments meet it (delegations need the database: FourEyesIT). */
class FourEyesTest {

    private static final OffsetDateTime SUBMITTED_AT = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private final Department engineering = new Department("ENG", "Engineering");
    private final Department people = new Department("PPL", "People");
    // Sam → Mia (manager) → Dora (director) → Sue; Rex, under Dora, receives Sam.
    private final Employee sue = employee("E100", "Sue Senior", engineering);
    private final Employee dora = employee("E200", "Dora Director", engineering);
    private final Employee mia = employee("E300", "Mia Manager", engineering);
    private final Employee rex = employee("E310", "Rex Receiving", engineering);
    private final Employee sam = employee("E400", "Sam Subject", engineering);
    private final Employee dave = employee("E900", "Dave Delegate", engineering);
    private final Employee vic = employee("E050", "Vic President", engineering);
    private final Employee hank = employee("H100", "Hank HR", people);
    private final Employee hugo = employee("H200", "Hugo HR", people);
    /** Requester in HR, bound to no party. */
    private final Employee rita = employee("H300", "Rita Requester", people);

    /** Hank, Hugo and Rita hold the HR role; nobody else does. */
    private final FourEyes fourEyes = new FourEyes() {
        @Override
        protected boolean hasHrRole(Employee person) {
            return Set.of(hank, hugo, rita).contains(person);
        }
    };

    private ChangeRequest trackChange;

    @BeforeEach
    void organisation() {
        sue.reportTo(vic);
        dora.reportTo(sue);
        mia.reportTo(dora);
        rex.reportTo(dora);
        sam.reportTo(mia);
        dave.reportTo(dora);
        // What ReportingLines computes from the manager chain (ids stand for themselves here).
        vic.placeAt("/vic/");
        sue.placeAt("/vic/sue/");
        dora.placeAt("/vic/sue/dora/");
        mia.placeAt("/vic/sue/dora/mia/");
        rex.placeAt("/vic/sue/dora/rex/");
        dave.placeAt("/vic/sue/dora/dave/");
        sam.placeAt("/vic/sue/dora/mia/sam/");
        hank.placeAt("/hank/");
        hugo.placeAt("/hank/hugo/");
        rita.placeAt("/hank/rita/");
        Framework framework = new Framework("Eng");
        FrameworkVersion version = framework.draft("2026.1", "How engineers grow", "admin", SUBMITTED_AT.minusMonths(2));
        Track ic = version.addTrack("IC", "Individual contributor", TrackKind.IC, null);
        Level ic1 = ic.addLevel("IC1", "Engineer", 1, null);
        Track management = version.addTrack("M", "Management", TrackKind.MANAGEMENT, null);
        Level m1 = management.addLevel("M1", "Team lead", 1, null);
        framework.publish(version, SUBMITTED_AT.minusMonths(1));
        sam.placeOnFirstLevel(ic1);
        Map<Party, Employee> bound = new LinkedHashMap<>();
        bound.put(Party.EMPLOYEE, sam);
        bound.put(Party.CURRENT_MANAGER, mia);
        bound.put(Party.RECEIVING_MANAGER, rex);
        bound.put(Party.DIRECTOR, dora);
        bound.put(Party.HR, hank);
        trackChange = new ChangeRequest(RequestType.TRACK_CHANGE, sam, rita, m1, rex, "Wants to lead a team",
                LocalDate.of(2026, 4, 1), bound, SUBMITTED_AT);
    }

    @Test
    void nobodySignsAsTheEmployeeOnTheirBehalf() {
        NotAllowed refused = assertThrows(NotAllowed.class,
                () -> fourEyes.requireMaySign(trackChange, Party.EMPLOYEE, dave, sam));
        assertTrue(refused.getMessage().contains("EMPLOYEE"), refused.getMessage());
        assertDoesNotThrow(() -> fourEyes.requireMaySign(trackChange, Party.EMPLOYEE, sam, null));
    }

    @Test
    void theRequesterAndTheSubjectNeverSignAsADelegate() {
        assertThrows(NotAllowed.class, () -> fourEyes.requireMaySign(trackChange, Party.HR, rita, hank));
        assertThrows(NotAllowed.class, () -> fourEyes.requireMaySign(trackChange, Party.DIRECTOR, sam, dora));
        assertThrows(NotAllowed.class, () -> fourEyes.requireMaySign(trackChange, Party.DIRECTOR, mia, dora),
                "mia signs as CURRENT_MANAGER already");
        assertDoesNotThrow(() -> fourEyes.requireMaySign(trackChange, Party.DIRECTOR, dave, dora));
    }

    @Test
    void aReassignmentNeverGoesToTheRequesterTheSubjectOrAnotherParty() {
        RuleViolation requester = assertThrows(RuleViolation.class, () -> fourEyes.requireMayTake(trackChange, Party.HR, rita));
        assertTrue(requester.getMessage().contains("requester"), requester.getMessage());
        assertThrows(RuleViolation.class, () -> fourEyes.requireMayTake(trackChange, Party.DIRECTOR, sam));
        assertThrows(RuleViolation.class, () -> fourEyes.requireMayTake(trackChange, Party.DIRECTOR, mia));
        assertThrows(RuleViolation.class, () -> fourEyes.requireMayTake(trackChange, Party.EMPLOYEE, dave));
    }

    @Test
    void aReassignmentKeepsThePartysOwnRule() {
        RuleViolation vpAsHr = assertThrows(RuleViolation.class, () -> fourEyes.requireMayTake(trackChange, Party.HR, vic));
        assertTrue(vpAsHr.getMessage().contains("HR role"), vpAsHr.getMessage());
        assertDoesNotThrow(() -> fourEyes.requireMayTake(trackChange, Party.HR, hugo));

        assertThrows(RuleViolation.class, () -> fourEyes.requireMayTake(trackChange, Party.DIRECTOR, dave), "not above Sam");
        assertThrows(RuleViolation.class, () -> fourEyes.requireMayTake(trackChange, Party.DIRECTOR, hugo), "HR is not in the line");
        assertDoesNotThrow(() -> fourEyes.requireMayTake(trackChange, Party.DIRECTOR, sue));
        assertDoesNotThrow(() -> fourEyes.requireMayTake(trackChange, Party.CURRENT_MANAGER, vic));

        assertThrows(RuleViolation.class, () -> fourEyes.requireMayTake(trackChange, Party.RECEIVING_MANAGER, dave),
                "not above the receiving manager");
        assertDoesNotThrow(() -> fourEyes.requireMayTake(trackChange, Party.RECEIVING_MANAGER, sue));
    }

    private static Employee employee(String number, String name, Department department) {
        return new Employee(number, name, name.toLowerCase().replace(' ', '.') + "@trellis.example", department,
                LocalDate.of(2020, 1, 6));
    }
}

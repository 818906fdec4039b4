package org.trellis.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.people.entity.PersonRef;

/** The JSON shapes of people in the API; field names are a contract with HR's scripts. */
public final class PersonJson {

    private PersonJson() {
    }

    /** A department: {@code id} is the one the department paths of the API take. */
    public record Department(Long id, String code, String name, PersonRef head, PersonRef hrPartner) {
        static Department of(EmployeeCard.DepartmentRef ref) {
            return new Department(ref.id(), ref.code(), ref.name(), ref.head(), ref.hrPartner());
        }
    }

    public record Track(String code, String name, String kind) {
    }

    /** Where a person stands: level code, title, band and track. */
    public record Level(String code, String title, int band, Track track, String framework) {
        static Level of(EmployeeCard.LevelRef ref) {
            return ref == null ? null : new Level(ref.code(), ref.title(), ref.band(),
                    new Track(ref.trackCode(), ref.trackName(), ref.trackKind()), ref.framework());
        }
    }

    /** {@code GET /api/employees/{number}} and each item of the list. */
    public record Employee(String number, String name, String email, Department department, PersonRef manager, PersonRef director,
            LocalDate hireDate, Level level) {
        static Employee of(EmployeeCard card) {
            return new Employee(card.number(), card.name(), card.email(), Department.of(card.department()),
                    card.manager(), card.director(), card.hireDate(), Level.of(card.level()));
        }
    }

    public record EmployeePage(List<Employee> items, long total, int page, int size) {
    }

    /** {@code GET /api/me}. */
    public record Me(String employeeNumber, String name, String login, Set<String> roles, String email, Department department,
            PersonRef manager, PersonRef director) {
        static Me of(People.Me me) {
            Set<String> roles = new java.util.TreeSet<>();
            me.roles().forEach(role -> roles.add(role.name()));
            return me.card()
                    .map(card -> new Me(card.number(), card.name(), me.login(), roles, card.email(),
                            Department.of(card.department()), card.manager(), card.director()))
                    .orElseGet(() -> new Me(null, me.login(), me.login(), roles, null, null, null, null));
        }
    }
}

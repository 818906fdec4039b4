package org.trellis.people.entity;

import java.io.Serializable;
import java.time.LocalDate;
import org.trellis.framework.entity.Level;

/**
 * What Trellis shows about a person: who they are, where they sit and who is above them. A read
 * model assembled inside the transaction, so pages and the API never touch lazy relations.
 */
public record EmployeeCard(String number, String name, String email, DepartmentRef department, PersonRef manager,
        PersonRef director, LocalDate hireDate, LevelRef level) implements Serializable {

    /** Where the person stands: level, band and track (null while they are on no level). */
    public record LevelRef(String code, String title, int band, String trackCode, String trackName, String trackKind,
            String framework) implements Serializable {
        static LevelRef of(Level level) {
            return level == null ? null : new LevelRef(level.getCode(), level.getTitle(), level.getBand(),
                    level.getTrack().getCode(), level.getTrack().getName(), level.getTrack().getKind().name(),
                    level.getFrameworkVersion().getFramework().getName());
        }
    }

    public record DepartmentRef(Long id, String code, String name, PersonRef head, PersonRef hrPartner) implements Serializable {
        static DepartmentRef of(Department department) {
            return new DepartmentRef(department.getId(), department.getCode(), department.getName(), PersonRef.withEmail(department.getHead()),
                    PersonRef.withEmail(department.getHrPartner()));
        }
    }

    public static EmployeeCard of(Employee employee) {
        return new EmployeeCard(employee.getEmployeeNumber(), employee.getName(), employee.getEmail(),
                DepartmentRef.of(employee.getDepartment()), PersonRef.withEmail(employee.getManager()),
                PersonRef.withEmail(employee.director().orElse(null)), employee.getHireDate(),
                LevelRef.of(employee.level().orElse(null)));
    }
}

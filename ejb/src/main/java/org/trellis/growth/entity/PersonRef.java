package org.trellis.growth.entity;

import java.io.Serializable;
import org.trellis.people.entity.Employee;

/** A person as growth views name them: employee number and name. */
public record PersonRef(String number, String name) implements Serializable {

    public static PersonRef of(Employee employee) {
        return employee == null ? null : new PersonRef(employee.getEmployeeNumber(), employee.getName());
    }
}

package org.trellis.people.entity;

import java.io.Serializable;
import java.util.Map;

/**
 * A person as every read model names them: employee number and name, with the e-mail where a card
 * shows how to reach them and the login where a request says who has an account. What a view does
 * not show is null, and so absent from its JSON.
 */
public record PersonRef(String number, String name, String email, String login) implements Serializable {

    /** Number and name; null for nobody. */
    public static PersonRef of(Employee employee) {
        return employee == null ? null : new PersonRef(employee.getEmployeeNumber(), employee.getName(), null, null);
    }

    /** Someone known only by what a record kept of them (say, a participant who has since left). */
    public static PersonRef of(String number, String name) {
        return new PersonRef(number, name, null, null);
    }

    /** Number, name and e-mail, as a person's card shows the people around them. */
    public static PersonRef withEmail(Employee employee) {
        return employee == null ? null
                : new PersonRef(employee.getEmployeeNumber(), employee.getName(), employee.getEmail(), null);
    }

    /**
     * Number, name and login, for someone who may have to act on a request.
     *
     * @param logins employee number → login, for the people who have an account (null login otherwise)
     */
    public static PersonRef of(Employee employee, Map<String, String> logins) {
        return employee == null ? null
                : new PersonRef(employee.getEmployeeNumber(), employee.getName(), null, logins.get(employee.getEmployeeNumber()));
    }
}

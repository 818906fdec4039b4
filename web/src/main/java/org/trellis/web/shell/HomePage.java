package org.trellis.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;

/** The home page: who you are, where you sit, which roles you hold. */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    private People.Me me;

    @PostConstruct
    void load() {
        me = people.me();
    }

    public People.Me getMe() {
        return me;
    }

    public EmployeeCard getCard() {
        return me.card().orElse(null);
    }

    public List<String> getRoles() {
        return me.roles().stream().map(Enum::name).toList();
    }
}

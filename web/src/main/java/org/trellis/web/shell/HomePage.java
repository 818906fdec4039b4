package org.trellis.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trellis.home.boundary.Home;
import org.trellis.home.entity.HomeView;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;

/**
 * The home page: the task hub ({@link Home}: what waits on you, what you started, what changed in
 * your organisation) beside who you are, where you sit and which roles you hold.
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    Home home;

    private People.Me me;
    private HomeView hub;

    @PostConstruct
    void load() {
        me = people.me();
        hub = home.mine();
    }

    public People.Me getMe() {
        return me;
    }

    public HomeView getHub() {
        return hub;
    }

    public EmployeeCard getCard() {
        return me.card().orElse(null);
    }

    public List<String> getRoles() {
        return me.roles().stream().map(Enum::name).toList();
    }
}

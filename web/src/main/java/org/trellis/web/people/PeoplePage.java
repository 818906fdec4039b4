package org.trellis.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.web.shell.PagedDataModel;

/** The directory: everyone the signed-in person may see, searched and paged in the database. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    private String query;

    private final PagedDataModel<EmployeeCard> model = new PagedDataModel<>(
            (first, max, sort) -> people.search(query, first, max), EmployeeCard::number, People.MAX_PAGE_SIZE);

    public void search() {
        // The table reloads through the lazy model with the new query.
    }

    public PagedDataModel<EmployeeCard> getPeople() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}

package org.trellis.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.platform.Page;

/** The directory: everyone the signed-in person may see, searched and paged in the database. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    private String query;

    private final LazyDataModel<EmployeeCard> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) people.search(query, 0, 1).total();
        }

        @Override
        public List<EmployeeCard> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<EmployeeCard> page = people.search(query, first, Math.min(pageSize, People.MAX_PAGE_SIZE));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(EmployeeCard card) {
            return card.number();
        }
    };

    public void search() {
        // The table reloads through the lazy model with the new query.
    }

    public LazyDataModel<EmployeeCard> getPeople() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}

package org.trellis.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.RuleViolation;
import org.trellis.search.boundary.Search;
import org.trellis.search.entity.SearchResults;
import org.trellis.search.entity.SearchResults.RequestHit;
import org.trellis.web.shell.PageMessages;

/** The results of the menu bar's search box ({@code search.xhtml?q=}): people and requests, ten of each at most. */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    Search search;

    private String q;
    private SearchResults results = new SearchResults(List.of(), List.of());

    /** Runs the search once (f:viewAction); an empty or overlong box says so on the page. */
    public void open() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            results = search.find(q);
        } catch (RuleViolation refused) {
            PageMessages.show(FacesMessage.SEVERITY_WARN, refused.getMessage());
        }
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public List<PersonRef> getPeople() {
        return results.people();
    }

    public List<RequestHit> getRequests() {
        return results.requests();
    }

    public int getMaxEach() {
        return Search.MAX_EACH;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}

package org.trellis.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.OrganigramNode;
import org.trellis.people.boundary.People;
import org.trellis.web.shell.Refusals;

/**
 * The organisation under a person (the signed-in director by default) as an organigram: managers
 * open, their teams folded below the first two levels so a large organisation stays readable.
 */
@Named
@ViewScoped
public class OrgChartPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int OPEN_LEVELS = 2;

    @Inject
    People people;

    private String root;
    private People.OrgNode tree;
    // The concrete type, which serialises (the interface does not say so): the view state travels on a cluster.
    private DefaultOrganigramNode chart;

    public void load() {
        Refusals.attempt(() -> {
            tree = people.organisation(root);
            chart = node(tree, null, 0);
        });
    }

    private static DefaultOrganigramNode node(People.OrgNode person, OrganigramNode parent, int depth) {
        String type = "MANAGEMENT".equals(person.trackKind()) ? "manager" : "ic";
        DefaultOrganigramNode node = parent == null ? new DefaultOrganigramNode(type, person, null)
                : new DefaultOrganigramNode(type, person, parent);
        node.setRowKey(person.number());
        node.setExpanded(depth < OPEN_LEVELS);
        node.setCollapsible(!person.reports().isEmpty());
        node.setDroppable(false);
        node.setDraggable(false);
        node.setSelectable(true);
        for (People.OrgNode report : person.reports()) {
            node(report, node, depth + 1);
        }
        return node;
    }

    public String getRoot() {
        return root;
    }

    public void setRoot(String root) {
        this.root = root;
    }

    public People.OrgNode getTree() {
        return tree;
    }

    public OrganigramNode getChart() {
        return chart;
    }
}

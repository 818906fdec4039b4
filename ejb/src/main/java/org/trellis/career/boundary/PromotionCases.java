package org.trellis.career.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.EMPLOYEE_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trellis.career.control.CaseRules;
import org.trellis.career.control.RequestAccess;
import org.trellis.career.entity.CaseEvidence;
import org.trellis.career.entity.CaseRow;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.framework.entity.Expectation;
import org.trellis.framework.entity.Level;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.PersonRef;

/**
 * A request's promotion case as its readers see it: the target level's expectations, competency by
 * competency, beside the evidence offered (or none). Whoever may see the request reads its case
 * (every party among them), on the page and in its one-page workbook. Submitting and amending a
 * case is {@link ChangeRequests}, with the rules of {@link CaseRules}.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class PromotionCases {

    @Inject
    Callers callers;

    @Inject
    RequestAccess access;

    @Inject
    CaseRules rules;

    /**
     * The case of one request, with what it is about: the person, the change, the request's number.
     *
     * @param carriesCase false for a kind of request that has no case (a trial, a lateral move): rows are empty then
     */
    public record CaseView(long request, RequestType type, RequestState state, boolean carriesCase, PersonRef subject,
            PersonRef requester, RequestView.LevelView from, RequestView.LevelView to, LocalDate effectiveDate,
            List<CaseRow> rows) implements Serializable {

        /** How many competencies of the target's row have evidence. */
        public long withEvidence() {
            return rows.stream().filter(r -> r.expectation() != null && r.hasEvidence()).count();
        }

        /** How many competencies the target's row has. */
        public long competencies() {
            return rows.stream().filter(r -> r.expectation() != null).count();
        }
    }

    public CaseView of(long id) {
        ChangeRequest request = access.visible(callers.current(), id);
        boolean carries = request.getType().carriesCase();
        return new CaseView(request.getId(), request.getType(), request.getState(), carries,
                PersonRef.of(request.getSubject()), PersonRef.of(request.getRequester()),
                RequestView.LevelView.of(request.fromLevel().orElse(null)), RequestView.LevelView.of(request.getTargetLevel()),
                request.getEffectiveDate(), carries ? rows(request.getTargetLevel(), request.getPromotionCase()) : List.of());
    }

    /** The case to export; a kind of request that has no case (a trial, a lateral move) has none to export (422). */
    public CaseView toExport(long id) {
        CaseView view = of(id);
        if (!view.carriesCase()) {
            throw new org.trellis.rules.RuleViolation("Request " + id + " is a "
                    + view.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ": only a promotion or a track change has a case to export");
        }
        return view;
    }

    /**
     * The target's row in its order, each competency with its evidence or none; evidence for a
     * competency the row no longer has comes last, so that nothing written is hidden.
     */
    List<CaseRow> rows(Level target, List<CaseEvidence> evidence) {
        Map<String, String> given = new LinkedHashMap<>();
        evidence.forEach(e -> given.put(e.getCompetency(), e.getEvidence()));
        List<CaseRow> rows = new ArrayList<>();
        for (Expectation x : rules.rowOf(target)) {
            rows.add(new CaseRow(x.getCompetency().getCode(), x.getCompetency().getName(), x.getCompetency().getCategory(),
                    x.getText(), given.remove(x.getCompetency().getCode())));
        }
        given.forEach((code, text) -> rows.add(new CaseRow(code, code, null, null, text)));
        return rows;
    }
}

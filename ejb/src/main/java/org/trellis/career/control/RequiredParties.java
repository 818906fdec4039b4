package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import java.util.LinkedHashSet;
import java.util.Set;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;

/**
 * Which parties must sign which request. The defaults (docs/DESIGN.md): a track change or management trial
 * needs the employee's consent, both managers (when the manager changes), the director and HR; a
 * promotion needs the manager, the director and HR, and the director's own manager from band
 * {@value #SENIOR_BAND}; a return to IC needs the employee, the manager and HR. Whoever receives the
 * person as a report consents too (RECEIVING_MANAGER), whatever the type.
 */
@Dependent
public class RequiredParties {

    /** From this band on, a promotion also needs the director's own manager (HR can change it). */
    public static final int SENIOR_BAND = 6;

    /**
     * @param promotes true when the target band is above the current one (a track change can also be a promotion)
     * @param changesManager true when the request names a new manager
     */
    public Set<Party> partiesFor(RequestType type, int targetBand, boolean promotes, boolean changesManager) {
        return partiesFor(type, targetBand, promotes, changesManager, SENIOR_BAND);
    }

    /** @param seniorBand from this band on, a promotion also needs the director's own manager */
    public Set<Party> partiesFor(RequestType type, int targetBand, boolean promotes, boolean changesManager,
            int seniorBand) {
        Set<Party> parties = new LinkedHashSet<>();
        switch (type) {
            case TRACK_CHANGE, MANAGEMENT_TRIAL -> {
                parties.add(Party.EMPLOYEE);
                parties.add(Party.CURRENT_MANAGER);
                if (changesManager) {
                    parties.add(Party.RECEIVING_MANAGER);
                }
                parties.add(Party.DIRECTOR);
                parties.add(Party.HR);
                if (promotes) {
                    parties.addAll(promotionParties(targetBand, seniorBand));
                }
            }
            case PROMOTION -> {
                parties.addAll(promotionParties(targetBand, seniorBand));
                if (changesManager) {
                    parties.add(Party.RECEIVING_MANAGER);
                }
            }
            case TRIAL_OUTCOME -> {
                parties.add(Party.EMPLOYEE);
                parties.add(Party.CURRENT_MANAGER);
                if (changesManager) {
                    parties.add(Party.RECEIVING_MANAGER);
                }
                parties.add(Party.HR);
            }
            case LATERAL_MOVE -> {
                parties.add(Party.EMPLOYEE);
                parties.add(Party.CURRENT_MANAGER);
                parties.add(Party.RECEIVING_MANAGER);
                parties.add(Party.HR);
            }
        }
        return parties;
    }

    private static Set<Party> promotionParties(int targetBand, int seniorBand) {
        Set<Party> parties = new LinkedHashSet<>();
        parties.add(Party.CURRENT_MANAGER);
        parties.add(Party.DIRECTOR);
        parties.add(Party.HR);
        if (targetBand >= seniorBand) {
            parties.add(Party.SENIOR_LEADER);
        }
        return parties;
    }
}

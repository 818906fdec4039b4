package org.trellis.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestOrder;
import org.trellis.career.entity.RequestQuery;
import org.trellis.career.entity.RequestState;

class RequestListParamsTest {

    private static RequestListParams params(String state, String subject, String employee, String waitingOn, String sort,
            String desc) {
        return new RequestListParams(state, null, null, subject, employee, null, waitingOn, null, null, null, sort, desc);
    }

    @Test
    void withoutParametersTheListIsEverythingNewestFirst() {
        RequestQuery query = params(null, null, null, null, null, null).query();
        assertEquals(Set.of(), query.states());
        assertEquals(RequestOrder.SUBMITTED, query.order());
        assertTrue(query.descending());
        assertEquals(0, RequestListParams.first(null));
        assertEquals(RequestListParams.DEFAULT_MAX, RequestListParams.max(""));
    }

    @Test
    void readsSeveralStatesAPartyOrMeAndAnOrder() {
        RequestQuery query = params("submitted, ON_HOLD", null, null, "director", "effective", null).query();
        assertEquals(Set.of(RequestState.SUBMITTED, RequestState.ON_HOLD), query.states());
        assertEquals(Party.DIRECTOR, query.waitingOn());
        assertFalse(query.waitingOnMe());
        assertEquals(RequestOrder.EFFECTIVE, query.order());
        assertFalse(query.descending(), "a chosen order runs ascending unless desc=true");
        RequestQuery mine = params(null, null, null, "Me", "id", "true").query();
        assertTrue(mine.waitingOnMe());
        assertNull(mine.waitingOn());
        assertTrue(mine.descending());
    }

    @Test
    void employeeIsTheOldNameOfSubject() {
        assertEquals("E1020", params(null, null, "E1020", null, null, null).query().subject());
        assertEquals("E1021", params(null, "E1021", "E1020", null, null, null).query().subject(), "subject wins");
    }

    @Test
    void whatCannotBeReadNamesItsParameter() {
        assertNames("sort", () -> params(null, null, null, null, "salary", null).query());
        assertNames("waitingOn", () -> params(null, null, null, "boss", null, null).query());
        assertNames("desc", () -> params(null, null, null, null, "id", "perhaps").query());
        assertNames("state", () -> params("LOST", null, null, null, null, null).query());
        assertNames("from", () -> new RequestListParams(null, null, null, null, null, null, null, null, "2026-02-30", null,
                null, null).query());
        assertNames("to", () -> new RequestListParams(null, null, null, null, null, null, null, null, "2027-01-02",
                "2027-01-01", null, null).query());
        assertNames("max", () -> RequestListParams.max("501"));
        assertNames("max", () -> RequestListParams.max("ten"));
        assertNames("first", () -> RequestListParams.first("-1"));
        assertEquals(LocalDate.of(2027, 1, 1), new RequestListParams(null, null, null, null, null, null, null, null,
                "2027-01-01", null, null, null).query().from());
    }

    private static void assertNames(String field, org.junit.jupiter.api.function.Executable read) {
        BadRequest refused = assertThrows(BadRequest.class, read);
        assertTrue(refused.getMessage().startsWith(field), refused.getMessage());
    }
}

package org.trellis.search.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.people.entity.PersonRef;

/**
 * What one search found: at most {@code MAX_EACH} people and as many requests, each enough to show
 * and link (a person by their number, a request by its id).
 */
public record SearchResults(List<PersonRef> people, List<RequestHit> requests) implements Serializable {

    /** One request found: what it changes, for whom, where it stands. */
    public record RequestHit(long id, RequestType type, RequestState state, PersonRef subject, String fromLevel,
            String toLevel, LocalDate effectiveDate) implements Serializable {
    }
}

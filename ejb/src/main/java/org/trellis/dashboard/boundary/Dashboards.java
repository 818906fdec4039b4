package org.trellis.dashboard.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.dashboard.control.Durations;
import org.trellis.dashboard.entity.Overview;
import org.trellis.dashboard.entity.PeopleFilter;
import org.trellis.dashboard.entity.PersonRow;
import org.trellis.dashboard.entity.RequestFilter;
import org.trellis.dashboard.entity.RequestRow;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.platform.Page;

/**
 * The dashboards of HR and directors. Every number is counted in the database (GROUP BY, never by
 * loading entities) and only over what the caller may see, exactly as {@code People.search} scopes
 * people: ADMIN everyone; HR the departments they partner; a director everyone under them and the
 * departments they head. A request counts when its subject is visible. The lists behind the
 * numbers use the same conditions, so a list always has as many rows as its number says.
 */
@Stateless
@RolesAllowed({DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Dashboards {

    public static final int MAX_PAGE_SIZE = 1000;
    /** Exports read the list in chunks of this size, so a long list never sits in memory at once. */
    static final int EXPORT_CHUNK = 1000;

    /** Seconds since 1970 of a timestamp column: the same SQL on PostgreSQL and H2. */
    private static final String EPOCH = "SQL('EXTRACT(EPOCH FROM ?)', %s)";
    private static final String OPEN = "(org.trellis.career.entity.RequestState.SUBMITTED,"
            + " org.trellis.career.entity.RequestState.ON_HOLD)";
    private static final String DECIDED = "(org.trellis.career.entity.RequestState.APPROVED,"
            + " org.trellis.career.entity.RequestState.REJECTED, org.trellis.career.entity.RequestState.EFFECTIVE)";
    private static final String VISIBLE = " (" + Employee.VISIBLE + ")";
    /** People count on the ladders in force (a person follows their level when a new version is published). */
    private static final String IN_FORCE = " AND l.frameworkVersion.state = org.trellis.framework.entity.VersionState.PUBLISHED";

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /** The four blocks, for what the caller may see. */
    public Overview overview() {
        Caller caller = callers.current();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new Overview(now, ladder(caller), requestsByState(caller), waiting(caller, now), decisionTimes(caller));
    }

    /** People on a track and/or band, by name, one page at a time. */
    public Page<PersonRow> people(PeopleFilter filter, int first, int max) {
        requirePage(first, max);
        Caller caller = callers.current();
        List<PersonRow> items = peopleQuery(caller, filter, first, max);
        long total = scoped(caller, em.createQuery("SELECT COUNT(e) FROM Employee e JOIN e.level l JOIN l.track t WHERE"
                + VISIBLE + peopleConditions(filter), Long.class), filter).getSingleResult();
        return new Page<>(items, total, first, max);
    }

    /** Every person of the list, handed to {@code sink} one at a time, read from the database in chunks. */
    public void exportPeople(PeopleFilter filter, Consumer<PersonRow> sink) {
        Caller caller = callers.current();
        for (int first = 0;; first += EXPORT_CHUNK) {
            List<PersonRow> chunk = peopleQuery(caller, filter, first, EXPORT_CHUNK);
            chunk.forEach(sink);
            if (chunk.size() < EXPORT_CHUNK) {
                return;
            }
        }
    }

    /** Requests of the filter, open ones oldest first when waiting on a party, otherwise newest first. */
    public Page<RequestRow> requests(RequestFilter filter, int first, int max) {
        requirePage(first, max);
        Caller caller = callers.current();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<RequestRow> items = requestQuery(caller, filter, first, max, now);
        long total = requestParameters(caller, em.createQuery("SELECT COUNT(r) FROM ChangeRequest r JOIN r.subject e WHERE"
                + VISIBLE + requestConditions(filter), Long.class), filter).getSingleResult();
        return new Page<>(items, total, first, max);
    }

    public void exportRequests(RequestFilter filter, Consumer<RequestRow> sink) {
        Caller caller = callers.current();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int first = 0;; first += EXPORT_CHUNK) {
            List<RequestRow> chunk = requestQuery(caller, filter, first, EXPORT_CHUNK, now);
            chunk.forEach(sink);
            if (chunk.size() < EXPORT_CHUNK) {
                return;
            }
        }
    }

    // --- the four blocks ---

    private Overview.Ladder ladder(Caller caller) {
        // The columns are the tracks in force, with every band they have, even where nobody stands yet.
        List<Level> published = em.createNamedQuery(Level.FIND_PUBLISHED, Level.class).getResultList();
        Map<Long, Track> tracks = new HashMap<>();
        Map<Long, java.util.Set<Integer>> bandsOfTrack = new HashMap<>();
        TreeSet<Integer> bands = new TreeSet<>();
        for (Level level : published) {
            tracks.put(level.getTrack().getId(), level.getTrack());
            bandsOfTrack.computeIfAbsent(level.getTrack().getId(), id -> new TreeSet<>()).add(level.getBand());
            bands.add(level.getBand());
        }
        List<Track> columns = new ArrayList<>(tracks.values());
        columns.sort(Comparator.comparing((Track t) -> t.getFrameworkVersion().getFramework().getName())
                .thenComparing(Track::getKind).thenComparing(Track::getPosition));
        Map<Long, Map<Integer, Long>> counts = new HashMap<>();
        scoped(caller, em.createQuery("SELECT t.id, l.band, COUNT(e) FROM Employee e JOIN e.level l JOIN l.track t WHERE"
                + VISIBLE + IN_FORCE + " GROUP BY t.id, l.band", Object[].class), null)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put(((Number) row[1]).intValue(), ((Number) row[2]).longValue()));
        List<Overview.BandRow> rows = new ArrayList<>();
        long[] trackTotals = new long[columns.size()];
        long total = 0;
        for (int band : bands.descendingSet()) {
            List<Long> cells = new ArrayList<>();
            long bandTotal = 0;
            for (int i = 0; i < columns.size(); i++) {
                Track track = columns.get(i);
                if (!bandsOfTrack.get(track.getId()).contains(band)) {
                    cells.add(null);
                    continue;
                }
                long count = counts.getOrDefault(track.getId(), Map.of()).getOrDefault(band, 0L);
                cells.add(count);
                bandTotal += count;
                trackTotals[i] += count;
            }
            rows.add(new Overview.BandRow(band, Collections.unmodifiableList(cells), bandTotal));
            total += bandTotal;
        }
        List<Overview.TrackColumn> trackColumns = columns.stream()
                .map(t -> new Overview.TrackColumn(t.getId(), t.getFrameworkVersion().getFramework().getName(), t.getCode(),
                        t.getName(), t.getKind()))
                .toList();
        // Everybody is counted: who stands on no level in force is counted apart, never dropped.
        long everyone = scoped(caller, em.createQuery("SELECT COUNT(e) FROM Employee e WHERE" + VISIBLE, Long.class), null)
                .getSingleResult();
        long inForce = scoped(caller, em.createQuery("SELECT COUNT(e) FROM Employee e JOIN e.level l WHERE (" + VISIBLE.strip()
                + ")" + IN_FORCE, Long.class), null).getSingleResult();
        return new Overview.Ladder(trackColumns, rows, java.util.Arrays.stream(trackTotals).boxed().toList(), total,
                everyone - inForce, everyone);
    }

    private List<Overview.StateCount> requestsByState(Caller caller) {
        Map<RequestState, long[]> byState = new EnumMap<>(RequestState.class);
        scoped(caller, em.createQuery("SELECT r.state, r.type, COUNT(r) FROM ChangeRequest r JOIN r.subject e WHERE"
                + VISIBLE + " GROUP BY r.state, r.type", Object[].class), null)
                .getResultList()
                .forEach(row -> byState.computeIfAbsent((RequestState) row[0], s -> new long[RequestType.values().length])
                        [((RequestType) row[1]).ordinal()] = ((Number) row[2]).longValue());
        List<Overview.StateCount> states = new ArrayList<>();
        for (RequestState state : RequestState.values()) {
            long[] types = byState.getOrDefault(state, new long[RequestType.values().length]);
            states.add(new Overview.StateCount(state, java.util.Arrays.stream(types).sum(),
                    java.util.Arrays.stream(types).boxed().toList()));
        }
        return states;
    }

    private List<Overview.PartyWait> waiting(Caller caller, OffsetDateTime now) {
        double nowSeconds = now.toEpochSecond();
        Map<Party, Object[]> pending = new EnumMap<>(Party.class);
        scoped(caller, em.createQuery("SELECT s.party, COUNT(s), AVG(" + epoch("r.submittedAt") + "), MIN("
                + epoch("r.submittedAt") + ") FROM SignOff s JOIN s.request r JOIN r.subject e"
                + " WHERE s.decision IS NULL AND r.state IN " + OPEN + " AND" + VISIBLE + " GROUP BY s.party",
                Object[].class), null)
                .getResultList().forEach(row -> pending.put((Party) row[0], row));
        // The average of (decided − submitted) is the average of decided minus the average of submitted.
        Map<Party, Object[]> decided = new EnumMap<>(Party.class);
        scoped(caller, em.createQuery("SELECT s.party, COUNT(s), AVG(" + epoch("s.decidedAt") + "), AVG("
                + epoch("r.submittedAt") + ") FROM SignOff s JOIN s.request r JOIN r.subject e"
                + " WHERE s.decision IS NOT NULL AND" + VISIBLE + " GROUP BY s.party", Object[].class), null)
                .getResultList().forEach(row -> decided.put((Party) row[0], row));
        List<Overview.PartyWait> parties = new ArrayList<>();
        for (Party party : Party.values()) {
            Object[] open = pending.get(party);
            Object[] done = decided.get(party);
            long waitingCount = open == null ? 0 : ((Number) open[1]).longValue();
            long decidedCount = done == null ? 0 : ((Number) done[1]).longValue();
            if (waitingCount == 0 && decidedCount == 0) {
                continue;
            }
            parties.add(new Overview.PartyWait(party, waitingCount,
                    waitingCount == 0 ? 0 : Durations.days(nowSeconds - number(open[2])),
                    waitingCount == 0 ? 0 : Durations.days(nowSeconds - number(open[3])),
                    decidedCount, decidedCount == 0 ? 0 : Durations.days(number(done[2]) - number(done[3]))));
        }
        return parties;
    }

    private List<Overview.DecisionTime> decisionTimes(Caller caller) {
        // Percentiles need the values: one number per decided request (no entities), sorted here.
        Map<RequestType, DoubleStream.Builder> seconds = new EnumMap<>(RequestType.class);
        scoped(caller, em.createQuery("SELECT r.type, " + epoch("r.decidedAt") + ", " + epoch("r.submittedAt")
                + " FROM ChangeRequest r JOIN r.subject e WHERE r.state IN " + DECIDED + " AND" + VISIBLE, Object[].class), null)
                .getResultList()
                .forEach(row -> seconds.computeIfAbsent((RequestType) row[0], t -> DoubleStream.builder())
                        .add(number(row[1]) - number(row[2])));
        List<Overview.DecisionTime> times = new ArrayList<>();
        seconds.forEach((type, values) -> {
            Durations.Summary summary = Durations.ofSeconds(values.build().toArray());
            times.add(new Overview.DecisionTime(type, summary.count(), summary.average(), summary.median(), summary.p90()));
        });
        return times;
    }

    // --- the lists ---

    private List<PersonRow> peopleQuery(Caller caller, PeopleFilter filter, int first, int max) {
        return scoped(caller, em.createQuery("SELECT e.employeeNumber, e.name, d.name, l.code, l.title, l.band, t.name,"
                + " t.kind, m.name, m.employeeNumber FROM Employee e JOIN e.department d JOIN e.level l JOIN l.track t LEFT JOIN e.manager m"
                + " WHERE" + VISIBLE + peopleConditions(filter) + " ORDER BY e.name, e.employeeNumber", Object[].class), filter)
                .setFirstResult(first).setMaxResults(max)
                .getResultList().stream()
                .map(row -> new PersonRow((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], ((Number) row[5]).intValue(), (String) row[6], (TrackKind) row[7], (String) row[8],
                        (String) row[9]))
                .toList();
    }

    private static String peopleConditions(PeopleFilter filter) {
        return IN_FORCE + (filter.track() == null ? "" : " AND t.id = :track") + (filter.band() == null ? "" : " AND l.band = :band");
    }

    private List<RequestRow> requestQuery(Caller caller, RequestFilter filter, int first, int max, OffsetDateTime now) {
        String order = filter.waitingOn() != null ? " ORDER BY r.submittedAt, r.id" : " ORDER BY r.submittedAt DESC, r.id DESC";
        return requestParameters(caller, em.createQuery("SELECT r.id, r.type, r.state, e.employeeNumber, e.name, d.name,"
                + " f.code, l.code, r.outcome, q.name, r.submittedAt, r.decidedAt, r.effectiveDate, q.employeeNumber"
                + " FROM ChangeRequest r JOIN r.subject e JOIN e.department d LEFT JOIN r.fromLevel f JOIN r.targetLevel l"
                + " JOIN r.requester q WHERE" + VISIBLE + requestConditions(filter) + order, Object[].class), filter)
                .setFirstResult(first).setMaxResults(max)
                .getResultList().stream()
                .map(row -> {
                    RequestState state = (RequestState) row[2];
                    OffsetDateTime submitted = (OffsetDateTime) row[10];
                    OffsetDateTime decided = (OffsetDateTime) row[11];
                    Double days = state.isOpen() ? Double.valueOf(Durations.days(submitted, now))
                            : state == RequestState.WITHDRAWN || decided == null ? null
                            : Double.valueOf(Durations.days(submitted, decided));
                    return new RequestRow(((Number) row[0]).longValue(), (RequestType) row[1], state, (String) row[3],
                            (String) row[4], (String) row[5], (String) row[6], (String) row[7], (TrialOutcome) row[8],
                            (String) row[9], submitted, decided, (LocalDate) row[12], days, (String) row[13]);
                })
                .toList();
    }

    private static String requestConditions(RequestFilter filter) {
        StringBuilder where = new StringBuilder();
        if (!filter.states().isEmpty()) {
            where.append(" AND r.state IN :states");
        }
        if (filter.type() != null) {
            where.append(" AND r.type = :type");
        }
        if (filter.waitingOn() != null) {
            where.append(" AND r.state IN ").append(OPEN).append(" AND EXISTS (SELECT w.id FROM SignOff w WHERE w.request = r")
                    .append(" AND w.party = :waitingOn AND w.decision IS NULL)");
        }
        if (filter.decidedBy() != null) {
            where.append(" AND EXISTS (SELECT g.id FROM SignOff g WHERE g.request = r AND g.party = :decidedBy")
                    .append(" AND g.decision IS NOT NULL)");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> requestParameters(Caller caller, TypedQuery<T> query, RequestFilter filter) {
        scoped(caller, query, null);
        if (!filter.states().isEmpty()) {
            query.setParameter("states", List.copyOf(filter.states()));
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.waitingOn() != null) {
            query.setParameter("waitingOn", filter.waitingOn());
        }
        if (filter.decidedBy() != null) {
            query.setParameter("decidedBy", filter.decidedBy());
        }
        return query;
    }

    /** The caller's scope (see {@link Employee#VISIBLE}) and, for people lists, the track and band. */
    private static <T> TypedQuery<T> scoped(Caller caller, TypedQuery<T> query, PeopleFilter filter) {
        caller.bindScope(query);
        if (filter != null && filter.track() != null) {
            query.setParameter("track", filter.track());
        }
        if (filter != null && filter.band() != null) {
            query.setParameter("band", filter.band());
        }
        return query;
    }

    private static String epoch(String path) {
        return String.format(EPOCH, path);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static void requirePage(int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_PAGE_SIZE + " rows");
        }
    }
}

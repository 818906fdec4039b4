package org.trellis.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trellis.framework.entity.Competency;
import org.trellis.framework.entity.Expectation;
import org.trellis.framework.entity.Level;
import org.trellis.people.entity.Employee;
import org.trellis.rules.Conflict;
import org.trellis.rules.FreeText;
import org.trellis.rules.RuleViolation;

/**
 * A dated rating of every competency of a person's level, by the person ({@link AssessmentKind#SELF})
 * or their manager ({@link AssessmentKind#MANAGER}).
 *
 * <p>Lifecycle: made as a draft or shared at once; a draft is seen by its author only and may be
 * revised by them (the ratings are judged anew against the person's level as it is then) until it
 * is shared; a shared assessment is never changed again, and a new judgement is a new assessment.
 * An assessment keeps what it was judged against: the level's code, title and band, the framework's
 * name and version number, and a copy of each expectation's text, so that publishing a new version
 * of the framework changes no assessment made before it.
 */
@Entity
@Table(name = "assessment")
@NamedQuery(name = Assessment.VISIBLE_OF, query = "SELECT a FROM Assessment a JOIN a.employee e"
        + " WHERE e.employeeNumber = :number AND (" + Employee.VISIBLE + ")"
        + " AND (a.sharedAt IS NOT NULL OR a.authorLogin = :login)"
        + " ORDER BY a.assessedAt DESC, a.id DESC")
@NamedQuery(name = Assessment.VISIBLE_OF_KIND, query = "SELECT a FROM Assessment a JOIN a.employee e"
        + " WHERE e.employeeNumber = :number AND (" + Employee.VISIBLE + ") AND a.kind = :kind"
        + " AND (a.sharedAt IS NOT NULL OR (:drafts = TRUE AND a.authorLogin = :login))"
        + " ORDER BY a.assessedAt DESC, a.id DESC")
@NamedQuery(name = Assessment.DRAFT_OF, query = "SELECT a FROM Assessment a WHERE a.employee = :employee"
        + " AND a.kind = :kind AND a.authorLogin = :login AND a.sharedAt IS NULL ORDER BY a.assessedAt DESC, a.id DESC")
public class Assessment {

    /**
     * A person's assessments the caller may read, newest first: scoped as the directory is
     * ({@link Employee#VISIBLE}, bound from the caller), and of the drafts only the caller's own
     * ({@code :login}).
     */
    public static final String VISIBLE_OF = "Assessment.visibleOf";
    /** The same, of one kind; {@code :drafts} says whether the caller's own drafts count. */
    public static final String VISIBLE_OF_KIND = "Assessment.visibleOfKind";
    /** The author's draft of this kind for this person, if any. */
    public static final String DRAFT_OF = "Assessment.draftOf";

    public static final int MAX_EVIDENCE = FreeText.MAX;

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssessmentKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Employee author;

    @Column(name = "author_login", nullable = false, length = 64)
    private String authorLogin;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "level_id")
    private Level level;

    @Column(name = "level_code", nullable = false, length = 32)
    private String levelCode;

    @Column(name = "level_title", nullable = false, length = 200)
    private String levelTitle;

    @Column(nullable = false)
    private int band;

    @Column(name = "framework_name", nullable = false, length = 200)
    private String frameworkName;

    @Column(name = "framework_version", nullable = false)
    private int frameworkVersion;

    @Column(name = "assessed_at", nullable = false)
    private OffsetDateTime assessedAt;

    @Column(name = "shared_at")
    private OffsetDateTime sharedAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AssessmentRating> ratings = new ArrayList<>();

    @Version
    private long version;

    protected Assessment() {
    }

    /**
     * An assessment of {@code employee} on their level as it is now.
     *
     * @param author the person who judges (the employee for SELF, their manager for MANAGER); the
     *               boundary has decided that they may
     * @param share true to share at once, false to keep it as the author's draft
     */
    public Assessment(Employee employee, AssessmentKind kind, Employee author, String authorLogin,
            List<RatingInput> inputs, boolean share, OffsetDateTime at) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.author = author;
        this.authorLogin = Objects.requireNonNull(authorLogin, "authorLogin");
        judge(inputs, share, at);
    }

    /** The author revises their draft: judged anew, against the person's level as it is now. */
    public void revise(String login, List<RatingInput> inputs, boolean share, OffsetDateTime at) {
        if (!authorLogin.equals(login)) {
            throw new RuleViolation("Only the author of a draft assessment revises it");
        }
        if (isShared()) {
            throw new Conflict("This assessment was shared on " + sharedAt.toLocalDate()
                    + " and is kept as it was: make a new one");
        }
        judge(inputs, share, at);
    }

    private void judge(List<RatingInput> inputs, boolean share, OffsetDateTime at) {
        Level current = employee.level().orElseThrow(() -> new RuleViolation(employee.getName()
                + " is on no level of a framework, so there is nothing to assess against"));
        Map<String, Rated> judged = judged(current, inputs == null ? List.of() : inputs);
        this.level = current;
        this.levelCode = current.getCode();
        this.levelTitle = current.getTitle();
        this.band = current.getBand();
        this.frameworkName = current.getFrameworkVersion().getFramework().getName();
        this.frameworkVersion = current.getFrameworkVersion().getNumber();
        this.assessedAt = Objects.requireNonNull(at, "at");
        this.sharedAt = share ? at : null;
        // Rows are kept by competency code (unique per assessment), so that a revision updates them in place.
        Map<String, AssessmentRating> existing = new HashMap<>();
        for (Iterator<AssessmentRating> rows = ratings.iterator(); rows.hasNext();) {
            AssessmentRating row = rows.next();
            if (judged.containsKey(row.getCompetencyCode())) {
                existing.put(row.getCompetencyCode(), row);
            } else {
                rows.remove();
            }
        }
        for (Rated rated : judged.values()) {
            AssessmentRating row = existing.get(rated.code());
            if (row == null) {
                row = new AssessmentRating(this, rated.position(), rated.code(), rated.name(), rated.expectation());
                ratings.add(row);
            }
            row.judge(rated.position(), rated.name(), rated.expectation(), rated.rating(), rated.evidence());
        }
        ratings.sort(Comparator.comparingInt(AssessmentRating::getPosition));
    }

    private record Rated(int position, String code, String name, String expectation, Rating rating, String evidence) {
    }

    /**
     * Every competency of the level's row, with what was said of it. Each input must name a
     * competency of the framework version, in the level's row, once; evidence fits its column.
     * A refusal names the input's field ({@code ratings[2].competency}).
     */
    private static Map<String, Rated> judged(Level level, List<RatingInput> inputs) {
        Map<String, Expectation> row = new java.util.LinkedHashMap<>();
        level.getExpectations().stream()
                .sorted(Comparator.comparingInt(e -> e.getCompetency().getPosition()))
                .forEach(e -> row.put(key(e.getCompetency().getCode()), e));
        Set<String> known = new HashSet<>();
        level.getFrameworkVersion().getCompetencies().forEach(c -> known.add(key(c.getCode())));
        Map<String, RatingInput> said = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            RatingInput input = inputs.get(i);
            String field = "ratings[" + i + "]";
            if (input == null || input.competency() == null || input.competency().isBlank()) {
                throw new RuleViolation(field + ".competency: name the competency (its code)");
            }
            String code = key(input.competency());
            if (!known.contains(code)) {
                throw new RuleViolation(field + ".competency: there is no competency " + input.competency().strip()
                        + " in " + level.getFrameworkVersion().getFramework().getName());
            }
            if (!row.containsKey(code)) {
                throw new RuleViolation(field + ".competency: " + input.competency().strip() + " is not expected at "
                        + level.getCode() + ", so it is not assessed there");
            }
            if (said.put(code, input) != null) {
                throw new RuleViolation(field + ".competency: " + input.competency().strip() + " is rated twice");
            }
            FreeText.limit(input.evidence(), field + ".evidence", MAX_EVIDENCE);
        }
        Map<String, Rated> judged = new java.util.LinkedHashMap<>();
        int position = 0;
        for (Map.Entry<String, Expectation> cell : row.entrySet()) {
            Competency competency = cell.getValue().getCompetency();
            RatingInput input = said.get(cell.getKey());
            String evidence = input == null || input.evidence() == null || input.evidence().isBlank() ? null
                    : input.evidence().strip();
            judged.put(competency.getCode(), new Rated(++position, competency.getCode(), competency.getName(),
                    cell.getValue().getText(), input == null ? null : input.rating(), evidence));
        }
        return judged;
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    public boolean isShared() {
        return sharedAt != null;
    }

    /** The author's own, still unshared. */
    public boolean isDraftOf(String login) {
        return !isShared() && authorLogin.equals(login);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public Employee getAuthor() {
        return author;
    }

    public String getAuthorLogin() {
        return authorLogin;
    }

    public Level getLevel() {
        return level;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public String getLevelTitle() {
        return levelTitle;
    }

    public int getBand() {
        return band;
    }

    public String getFrameworkName() {
        return frameworkName;
    }

    public int getFrameworkVersion() {
        return frameworkVersion;
    }

    public OffsetDateTime getAssessedAt() {
        return assessedAt;
    }

    public OffsetDateTime getSharedAt() {
        return sharedAt;
    }

    public List<AssessmentRating> getRatings() {
        return List.copyOf(ratings);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind + " of " + employee.getEmployeeNumber() + " at " + levelCode
                + (isShared() ? " (shared)" : " (draft)") + ":");
        ratings.forEach(r -> text.append(' ').append(r.getCompetencyCode()).append('=')
                .append(r.getRating() == null ? "unrated" : r.getRating()));
        return text.toString();
    }
}

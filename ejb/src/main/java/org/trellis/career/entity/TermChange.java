package org.trellis.career.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One term an amendment changed (justification, effective date, target level or a competency's evidence in the case): its old and its new value, as text. */
@Embeddable
public class TermChange implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String JUSTIFICATION = "justification";
    public static final String EFFECTIVE_DATE = "effectiveDate";
    public static final String TARGET_LEVEL = "targetLevel";
    /** The evidence of the promotion case for one competency: the field is this prefix and the competency's code. */
    public static final String CASE_PREFIX = "case:";

    @Column(name = "field_name", nullable = false, length = 48)
    private String field;

    @Column(name = "before_value", length = 4000)
    private String before;

    @Column(name = "after_value", length = 4000)
    private String after;

    protected TermChange() {
        // JPA
    }

    public TermChange(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    /** The competency whose evidence changed, when this is a change of the promotion case. */
    public java.util.Optional<String> caseCompetency() {
        return field.startsWith(CASE_PREFIX) ? java.util.Optional.of(field.substring(CASE_PREFIX.length()))
                : java.util.Optional.empty();
    }
}

package org.trellis.web.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.trellis.framework.boundary.Frameworks;
import org.trellis.framework.control.Ladder;
import org.trellis.framework.control.LadderChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of frameworks in the API; field names are a contract with HR's tools. */
public final class FrameworkJson {

    private FrameworkJson() {
    }

    /** {@code 201} answer of an import. */
    public record Imported(long framework, String name, int version, String state, int tracks, int levels,
            int competencies, int expectations, List<Change> changes, PayKept pay) {
        static Imported of(Frameworks.ImportOutcome outcome) {
            return new Imported(outcome.version().frameworkId(), outcome.version().framework(), outcome.version().number(),
                    outcome.version().state().name(), outcome.tracks(), outcome.levels(), outcome.competencies(),
                    outcome.expectations(), outcome.changes().stream().map(Change::of).toList(),
                    PayKept.of(outcome.pay()));
        }
    }

    /**
     * Where the draft's pay ranges came from (issue 14): {@code WORKBOOK} (its Pay sheet),
     * {@code VERSION_IN_FORCE} (no Pay sheet: kept from {@code keptFromVersion} for {@code keptBands})
     * or {@code NONE}; {@code bandsWithoutRange} are the draft's bands that have no range.
     */
    @Schema(name = "FrameworkImportPay")
    public record PayKept(String from, Integer keptFromVersion, List<Integer> keptBands, List<Integer> bandsWithoutRange,
            String currency) {
        static PayKept of(org.trellis.framework.control.PayRangesKept pay) {
            return new PayKept(pay.from().name(), pay.keptFromVersion(), pay.keptBands(), pay.bandsWithoutRange(),
                    pay.currency());
        }
    }

    /** The pay range of a band, shared by the levels of that band on every track ({@code levels}). */
    @Schema(name = "FrameworkPayRange")
    public record PayRangeJson(int band, String currency, BigDecimal minimum, BigDecimal midpoint, BigDecimal maximum,
            List<String> levels) {
    }

    /**
     * One difference: {@code change}, {@code subject} and {@code detail} as before issue 13; {@code name}
     * says what the subject is called, {@code fields} every field's text before and after.
     */
    @Schema(name = "FrameworkChange")
    public record Change(String change, String subject, String detail, String name, List<ChangedField> fields) {
        static Change of(LadderChange change) {
            return new Change(change.kind().name(), change.subject(), change.detail(), change.name(),
                    change.fields().stream().map(f -> new ChangedField(f.field(), f.before(), f.after())).toList());
        }
    }

    /** {@code from} is left out for an addition, {@code to} for a removal; "" is a field left empty. */
    @Schema(name = "FrameworkChangedField")
    public record ChangedField(String field, String from, String to) {
    }

    public record Summary(long id, String name, Integer publishedVersion, int versions) {
        static Summary of(Frameworks.FrameworkSummary summary) {
            return new Summary(summary.id(), summary.name(), summary.publishedVersion(), summary.versions());
        }
    }

    public record Version(long framework, String name, int version, String label, String state, String importedAt,
            String importedBy, String publishedAt, String retiredAt) {
        static Version of(Frameworks.VersionSummary v) {
            return new Version(v.frameworkId(), v.framework(), v.number(), v.label(), v.state().name(),
                    String.valueOf(v.importedAt()), v.importedBy(), v.publishedAt() == null ? null : v.publishedAt().toString(),
                    v.retiredAt() == null ? null : v.retiredAt().toString());
        }
    }

    public record LevelJson(String code, String title, int band, int position, String summary) {
    }

    public record TrackJson(String code, String name, String kind, String description, List<LevelJson> levels) {
    }

    public record CompetencyJson(String code, String name, String category, String description) {
    }

    public record ExpectationJson(String track, String level, String competency, String text) {
    }

    /**
     * {@code GET /api/frameworks/{id}/versions/{v}}. {@code currency} and {@code payRanges} (issue 14)
     * are the framework's pay ranges, one per band, lowest band first: visible to everyone who may
     * read the version (pay transparency); {@code currency} is null and the list empty without ranges.
     */
    public record Content(long framework, String name, int version, String label, String state, String description,
            List<TrackJson> tracks, List<CompetencyJson> competencies, List<ExpectationJson> expectations,
            String currency, List<PayRangeJson> payRanges) {
        static Content of(Frameworks.VersionView view) {
            Ladder ladder = view.ladder();
            List<TrackJson> tracks = new ArrayList<>();
            for (Ladder.Track track : ladder.tracks()) {
                List<LevelJson> levels = new ArrayList<>();
                int position = 0;
                for (Ladder.Level level : ladder.levels()) {
                    if (level.trackCode().equals(track.code())) {
                        levels.add(new LevelJson(level.code(), level.title(), level.band(), ++position, level.summary()));
                    }
                }
                tracks.add(new TrackJson(track.code(), track.name(), track.kindText(), track.description(), levels));
            }
            return new Content(view.summary().frameworkId(), view.summary().framework(), view.summary().number(),
                    view.summary().label(), view.summary().state().name(), ladder.description(), tracks,
                    ladder.competencies().stream()
                            .map(c -> new CompetencyJson(c.code(), c.name(), c.category(), c.description())).toList(),
                    ladder.expectations().stream()
                            .map(e -> new ExpectationJson(e.trackCode(), e.levelCode(), e.competency(), e.text())).toList(),
                    ladder.payRanges().isEmpty() ? null : ladder.payRanges().get(0).currency(),
                    ladder.payRanges().stream().map(r -> new PayRangeJson(r.band(), r.currency(),
                            new BigDecimal(r.minimum()), new BigDecimal(r.midpoint()), new BigDecimal(r.maximum()),
                            ladder.levels().stream().filter(l -> l.band() == r.band()).map(Ladder.Level::code).toList()))
                            .toList());
        }
    }
}

package org.trellis.framework.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.EMPLOYEE_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trellis.audit.control.AuditTrail;
import org.trellis.framework.control.Ladder;
import org.trellis.framework.control.LadderAssembler;
import org.trellis.framework.control.LadderChange;
import org.trellis.framework.control.LadderDiff;
import org.trellis.framework.control.LadderRules;
import org.trellis.framework.control.PayRangesKept;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.VersionPublished;
import org.trellis.framework.entity.VersionState;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;

/**
 * Career frameworks and their versions. HR and ADMIN import (as a draft), publish and discard;
 * everyone signed in reads published and retired versions; drafts are HR's and ADMIN's until
 * published.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Frameworks {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    LadderRules rules;

    @Inject
    LadderAssembler assembler;

    @Inject
    LadderDiff diff;

    @Inject
    AuditTrail audit;

    @Inject
    Event<VersionPublished> publications;

    @Inject
    Clock clock;

    /** The subject type of a framework's audit entries (the subject id is the framework's). */
    public static final String AUDIT_SUBJECT = "Framework";

    public record FrameworkSummary(long id, String name, Integer publishedVersion, int versions) implements Serializable {
    }

    public record VersionSummary(long frameworkId, String framework, int number, String label, VersionState state,
            OffsetDateTime importedAt, String importedBy, OffsetDateTime publishedAt, OffsetDateTime retiredAt)
            implements Serializable {
        static VersionSummary of(FrameworkVersion v) {
            return new VersionSummary(v.getFramework().getId(), v.getFramework().getName(), v.getNumber(), v.getLabel(),
                    v.getState(), v.getImportedAt(), v.getImportedBy(), v.getPublishedAt(), v.getRetiredAt());
        }
    }

    /** A version's content with its summary. */
    public record VersionView(VersionSummary summary, Ladder ladder) implements Serializable {
    }

    /**
     * The outcome of an import: the new draft, its counts, and what it changes against the version in
     * force (empty for a first version).
     */
    public record ImportOutcome(VersionSummary version, int tracks, int levels, int competencies, int expectations,
            List<LadderChange> changes, PayRangesKept pay) implements Serializable {
    }

    /**
     * Imports a ladder as a new DRAFT version: of the framework {@code frameworkId} when given, else of a
     * new framework named in the workbook. All or nothing. A ladder without a Pay sheet keeps the pay
     * ranges of the version in force for the bands that still have a level ({@link PayRangesKept}).
     *
     * @throws ImportRefused with every problem at its cell
     */
    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public ImportOutcome importDraft(Ladder ladder, Long frameworkId) {
        Framework framework;
        if (frameworkId != null) {
            framework = framework(frameworkId);
            if (!ladder.name().isEmpty() && !ladder.name().equalsIgnoreCase(framework.getName())) {
                throw new ImportRefused(List.of(nameProblem(ladder, "The workbook is for '" + ladder.name()
                        + "', not for framework " + frameworkId + " (" + framework.getName() + ")")));
            }
        } else {
            if (ladder.name().isBlank()) {
                throw new ImportRefused(List.of(ImportProblem.ofSheet("Framework",
                        "Name the framework: add a Framework sheet with a Name row, or import as a version of an existing framework")));
            }
            Optional<Framework> existing = em.createNamedQuery(Framework.FIND_BY_NAME, Framework.class)
                    .setParameter("name", ladder.name().strip()).getResultStream().findFirst();
            if (existing.isPresent()) {
                throw new ImportRefused(List.of(nameProblem(ladder, "A framework named " + existing.get().getName()
                        + " exists (id " + existing.get().getId() + "): import the workbook as a new version of it")));
            }
            framework = null;
        }
        Ladder judged = rules.requireSound(ladder);
        Optional<FrameworkVersion> inForce = framework == null ? Optional.empty() : framework.published();
        PayRangesKept.Carried carried = PayRangesKept.carry(judged, inForce.map(assembler::ladderOf),
                inForce.map(FrameworkVersion::getNumber).orElse(null));
        Ladder sound = carried.ladder();
        PayRangesKept pay = carried.kept();
        if (framework == null) {
            framework = new Framework(sound.name());
            em.persist(framework);
        }
        FrameworkVersion draft = framework.draft(sound.versionLabel(), sound.description(), caller(), now());
        assembler.fill(draft, sound);
        em.flush();
        List<LadderChange> changes = inForce
                .map(published -> diff.between(assembler.ladderOf(published), sound))
                .orElse(List.of());
        audit.record(caller(), null, "FRAMEWORK_DRAFT_IMPORTED", AUDIT_SUBJECT, framework.getId(), null,
                describe(draft) + ": " + sound.tracks().size() + " tracks, " + sound.levels().size() + " levels, "
                        + sound.competencies().size() + " competencies, " + changes.size() + " changes; "
                        + pay.describe());
        return new ImportOutcome(VersionSummary.of(draft), sound.tracks().size(), sound.levels().size(),
                sound.competencies().size(), sound.expectations().size(), changes, pay);
    }

    public List<FrameworkSummary> list() {
        return em.createNamedQuery(Framework.FIND_ALL, Framework.class).getResultStream()
                .map(f -> new FrameworkSummary(f.getId(), f.getName(),
                        f.published().map(FrameworkVersion::getNumber).orElse(null), visibleVersions(f).size()))
                .toList();
    }

    public List<VersionSummary> versions(long frameworkId) {
        return visibleVersions(framework(frameworkId)).stream().map(VersionSummary::of).toList();
    }

    public VersionView version(long frameworkId, int number) {
        FrameworkVersion version = visibleVersion(frameworkId, number);
        return new VersionView(VersionSummary.of(version), assembler.ladderOf(version));
    }

    /** The version in force of a framework. */
    public VersionView published(long frameworkId) {
        FrameworkVersion published = framework(frameworkId).published()
                .orElseThrow(() -> new NotFound("Framework " + frameworkId + " has no published version yet"));
        return new VersionView(VersionSummary.of(published), assembler.ladderOf(published));
    }

    /** What changed from one version to another of the same framework. */
    public List<LadderChange> changes(long frameworkId, int from, int to) {
        return diff.between(assembler.ladderOf(visibleVersion(frameworkId, from)),
                assembler.ladderOf(visibleVersion(frameworkId, to)));
    }

    /**
     * Puts a draft in force. The version in force until now is retired (kept, readable). What follows a
     * version observes {@link VersionPublished} in this transaction: people move to the level of the same
     * code in the new version, and so do the targets of open requests; either may refuse the version
     * (a level that people hold, or an approved request's target, is missing), and nothing is published.
     */
    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public VersionSummary publish(long frameworkId, int number) {
        Framework framework = framework(frameworkId);
        FrameworkVersion draft = framework.version(number)
                .orElseThrow(() -> new NotFound("Framework " + framework.getName() + " has no version " + number));
        draft.requireDraft("published");
        Optional<FrameworkVersion> current = framework.published();
        Map<String, Level> newLevels = draft.levels().stream().collect(Collectors.toMap(Level::getCode, Function.identity()));
        framework.publish(draft, now());
        VersionPublished published = new VersionPublished(caller(), draft, current, newLevels);
        publications.fire(published);
        audit.record(caller(), null, "FRAMEWORK_PUBLISHED", AUDIT_SUBJECT, framework.getId(),
                current.map(Frameworks::describe).orElse(null),
                describe(draft) + ": " + published.followers().count() + " people followed");
        return VersionSummary.of(draft);
    }

    /** Throws a draft away; published and retired versions are history and stay. */
    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public void discard(long frameworkId, int number) {
        Framework framework = framework(frameworkId);
        FrameworkVersion version = framework.version(number)
                .orElseThrow(() -> new NotFound("Framework " + framework.getName() + " has no version " + number));
        framework.discard(version);
        audit.record(caller(), null, "FRAMEWORK_DRAFT_DISCARDED", AUDIT_SUBJECT, framework.getId(), describe(version),
                null);
    }

    private static String describe(FrameworkVersion version) {
        return version.getFramework().getName() + " version " + version.getNumber() + " (" + version.getLabel() + ")";
    }

    private Framework framework(long id) {
        Framework framework = em.find(Framework.class, id);
        if (framework == null) {
            throw new NotFound("There is no framework " + id);
        }
        return framework;
    }

    private FrameworkVersion visibleVersion(long frameworkId, int number) {
        Framework framework = framework(frameworkId);
        FrameworkVersion version = framework.version(number)
                .orElseThrow(() -> new NotFound("Framework " + framework.getName() + " has no version " + number));
        if (version.getState() == VersionState.DRAFT && !mayManage()) {
            throw new NotAllowed("Version " + number + " of " + framework.getName()
                    + " is a draft: only HR and administrators see drafts");
        }
        return version;
    }

    private List<FrameworkVersion> visibleVersions(Framework framework) {
        return framework.getVersions().stream().filter(v -> v.getState() != VersionState.DRAFT || mayManage()).toList();
    }

    private boolean mayManage() {
        return session.isCallerInRole(HR_ROLE) || session.isCallerInRole(ADMIN_ROLE);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static ImportProblem nameProblem(Ladder ladder, String message) {
        return ladder.frameworkSource().sheet().isEmpty() ? ImportProblem.ofFile(message)
                : ImportProblem.atCell(ladder.frameworkSource().sheet(), ladder.frameworkSource().cell("Name"), message);
    }
}

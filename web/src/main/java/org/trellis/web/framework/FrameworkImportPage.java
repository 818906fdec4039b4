package org.trellis.web.framework;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.trellis.framework.boundary.Frameworks;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;
import org.trellis.rules.RuleViolation;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.workbook.NotAWorkbook;
import org.trellis.web.workbook.UploadTooLarge;
import org.trellis.web.workbook.WorkbookUpload;

/**
 * HR's framework import: upload a workbook, see every problem or the new draft and what it changes
 * against the version in force, then publish it or throw it away.
 */
@Named
@ViewScoped
public class FrameworkImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Frameworks frameworks;

    private Long targetFramework;
    private List<Frameworks.FrameworkSummary> existing;
    private Frameworks.ImportOutcome outcome;
    private List<ImportProblem> problems = List.of();
    private boolean published;

    public List<Frameworks.FrameworkSummary> getExisting() {
        if (existing == null) {
            existing = frameworks.list();
        }
        return existing;
    }

    public void upload(FileUploadEvent event) {
        outcome = null;
        published = false;
        problems = List.of();
        try (WorkbookUpload upload = WorkbookUpload.receive(event.getFile().getInputStream())) {
            outcome = frameworks.importDraft(new LadderWorkbook().read(upload.file()), targetFramework);
            existing = null;
        } catch (ImportRefused refused) {
            problems = refused.problems();
        } catch (NotAWorkbook | UploadTooLarge wrongFile) {
            problems = List.of(ImportProblem.ofFile(wrongFile.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void publish() {
        try {
            frameworks.publish(outcome.version().frameworkId(), outcome.version().number());
            published = true;
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("frameworkImport.published"));
        } catch (RuleViolation refused) {
            PageMessages.show(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
    }

    public void discard() {
        frameworks.discard(outcome.version().frameworkId(), outcome.version().number());
        outcome = null;
        PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("frameworkImport.discarded"));
    }

    /** Bands for a sentence: "3, 4 and 5". */
    public String bands(List<Integer> bands) {
        List<String> numbers = bands.stream().map(String::valueOf).toList();
        if (numbers.size() < 2) {
            return String.join("", numbers);
        }
        return String.join(", ", numbers.subList(0, numbers.size() - 1)) + " " + PageMessages.text("frameworkImport.pay.and") + " "
                + numbers.get(numbers.size() - 1);
    }

    public Long getTargetFramework() {
        return targetFramework;
    }

    public void setTargetFramework(Long targetFramework) {
        this.targetFramework = targetFramework;
    }

    public Frameworks.ImportOutcome getOutcome() {
        return outcome;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    public boolean isPublished() {
        return published;
    }
}

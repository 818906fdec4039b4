package org.trellis.web.roster;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;
import org.trellis.people.boundary.Roster;
import org.trellis.people.control.RosterRow;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.Refusals;
import org.trellis.web.workbook.NotAWorkbook;
import org.trellis.web.workbook.StreamingWorkbooks;
import org.trellis.web.workbook.UploadTooLarge;
import org.trellis.web.workbook.WorkbookUpload;

/** HR's roster page: upload a roster workbook and see the result or every problem; download the roster. */
@Named
@ViewScoped
public class RosterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Roster roster;

    @Inject
    Clock clock;

    private transient UploadedFile file;
    private Roster.ImportResult result;
    private List<ImportProblem> problems = List.of();

    public void importRoster() {
        result = null;
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            PageMessages.show(FacesMessage.SEVERITY_WARN, PageMessages.text("roster.noFile"));
            return;
        }
        try (WorkbookUpload upload = WorkbookUpload.receive(file.getInputStream())) {
            List<RosterRow> rows = new RosterWorkbook().read(upload.file());
            // The cells' problems go to the table; any other refusal (someone changed a person while
            // the import ran) is the page's message, never the error page.
            Refusals.attempt(() -> {
                try {
                    result = roster.importRows(rows);
                } catch (ImportRefused refused) {
                    problems = refused.problems();
                }
            });
        } catch (ImportRefused refused) {
            problems = refused.problems();
        } catch (NotAWorkbook | UploadTooLarge wrongFile) {
            problems = List.of(ImportProblem.ofFile(wrongFile.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StreamedContent export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Roster.Export export = roster.exportWithPay();
        new RosterWorkbook().write(export.lines(), export, out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder()
                .name("trellis-roster-" + LocalDate.now(clock) + ".xlsx")
                .contentType(StreamingWorkbooks.XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Roster.ImportResult getResult() {
        return result;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}

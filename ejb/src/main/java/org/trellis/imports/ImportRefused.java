package org.trellis.imports;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** An import refused as a whole, with every problem found; nothing was stored. */
@ApplicationException(rollback = true)
public class ImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ImportProblem> problems;

    public ImportRefused(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the workbook; nothing was imported. First: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}

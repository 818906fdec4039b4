package org.trellis.imports;

import java.util.List;
import org.trellis.rules.BusinessRefusal;

/** An import refused as a whole, with every problem found; nothing was stored. */
public class ImportRefused extends BusinessRefusal {

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

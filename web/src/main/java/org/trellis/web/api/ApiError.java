package org.trellis.web.api;

import java.util.List;
import org.trellis.imports.ImportProblem;

/**
 * One error in an API answer. {@code sheet} and {@code cell} are there for workbook problems only
 * (JSON-B leaves out what is null).
 */
public record ApiError(String message, String sheet, String cell) {

    public static ApiError of(String message) {
        return new ApiError(message, null, null);
    }

    public static ApiError of(ImportProblem problem) {
        return new ApiError(problem.message(), problem.sheet(), problem.cell());
    }

    /** The body of every error answer: {@code {"errors":[...]}}. */
    public record Body(List<ApiError> errors) {
        public static Body of(String message) {
            return new Body(List.of(ApiError.of(message)));
        }
    }
}

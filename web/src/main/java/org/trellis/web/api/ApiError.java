package org.trellis.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trellis.imports.ImportProblem;

/**
 * One error in an API answer. {@code sheet} and {@code cell} are there for workbook problems only
 * (JSON-B leaves out what is null).
 */
@Schema(name = "Error", description = "One error: what is wrong; a workbook problem adds its sheet and cell")
public record ApiError(String message, String sheet, String cell) {

    public static ApiError of(String message) {
        return new ApiError(message, null, null);
    }

    public static ApiError of(ImportProblem problem) {
        return new ApiError(problem.message(), problem.sheet(), problem.cell());
    }

    /** The body of every error answer: {@code {"errors":[...]}}. */
    @Schema(name = "ErrorBody", description = "The body of every error answer")
    public record Body(List<ApiError> errors) {
        public static Body of(String message) {
            return new Body(List.of(ApiError.of(message)));
        }
    }
}

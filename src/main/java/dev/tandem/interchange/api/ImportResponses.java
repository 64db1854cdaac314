package dev.tandem.interchange.api;

import dev.tandem.interchange.ImportJobView;
import dev.tandem.interchange.ImportReport;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The two answers of an import endpoint, documented once: the dry run's report or the started import's job. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "The dry run's report",
        content = @Content(schema = @Schema(implementation = ImportReport.class)))
@ApiResponse(responseCode = "202", description = "The import's job, started",
        content = @Content(schema = @Schema(implementation = ImportJobView.class)))
@interface ImportResponses {
}

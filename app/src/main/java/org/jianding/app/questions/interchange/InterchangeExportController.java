package org.jianding.app.questions.interchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jianding.app.questions.excel.ExportFilters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the bank as Moodle XML, QTI 3.0 or Word, for the page ({@code /bank/export/{format}}) and for scripts
 * ({@code /api/questions/export/{format}}): a selection ({@code ids=1,2,3}) or the questions a search shows (the
 * search page's filters). Authors and exam administrators, as for the Excel export.
 */
@Controller
class InterchangeExportController {

    private final InterchangeExport export;

    InterchangeExportController(InterchangeExport export) {
        this.export = export;
    }

    @GetMapping({"/bank/export/{format}", "/api/questions/export/{format}"})
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    ResponseEntity<byte[]> download(
            @PathVariable String format,
            @RequestParam(required = false) List<Long> ids,
            @ModelAttribute ExportFilters filters) {
        InterchangeExport.Format f = InterchangeExport.Format.of(format);
        byte[] content = export.export(f, ids, filters.toQuery());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}

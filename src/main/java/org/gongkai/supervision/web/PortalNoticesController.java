package org.gongkai.supervision.web;

import org.gongkai.org.UnitDirectory;
import org.gongkai.supervision.Notices;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Portal: the notices the office published (通报公开), each as PDF and DOCX. */
@Controller
class PortalNoticesController {

    private final Notices notices;
    private final UnitDirectory units;

    PortalNoticesController(Notices notices, UnitDirectory units) {
        this.notices = notices;
        this.units = units;
    }

    @GetMapping("/portal/supervision/notices")
    String list(Model model) {
        model.addAttribute("notices", notices.published());
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        return "supervision/portal-notices";
    }

    @GetMapping("/portal/supervision/notices/{id:\\d+}.{format:pdf|docx}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String format) {
        return NoticeConsoleController.file(notices, notices.getPublished(id), format);
    }
}

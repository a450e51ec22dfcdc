package org.gongkai.requests.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.rendering.Face;
import org.gongkai.requests.LetterSettingsEditor;
import org.gongkai.requests.LetterSettingsEditor.Form;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The disclosure office's editor of what letters say about their issuer (letter_settings), per government or unit. */
@Controller
class ConsoleLetterSettingsController {

    private final LetterSettingsEditor editor;
    private final ProblemPages problems;

    ConsoleLetterSettingsController(LetterSettingsEditor editor, ProblemPages problems) {
        this.editor = editor;
        this.problems = problems;
    }

    @GetMapping("/console/letter-settings")
    String show(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Integer saved,
            Model m) {
        LetterSettingsEditor.View view = editor.view(p.member(), code);
        m.addAttribute("form", view.saved());
        m.addAttribute("saved", saved);
        return page(view, m);
    }

    @PostMapping("/console/letter-settings")
    String save(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String code,
            Form form,
            @RequestParam(required = false) MultipartFile seal,
            @RequestParam(defaultValue = "false") boolean removeSeal,
            HttpServletResponse response,
            Model m)
            throws IOException {
        LetterSettingsEditor.View view = editor.view(p.member(), code);
        try {
            byte[] png = seal == null || seal.isEmpty() ? null : seal.getBytes();
            int version = editor.save(p.member(), view.unit().code(), form, png, removeSeal);
            return "redirect:/console/letter-settings?code=" + view.unit().code() + "&saved=" + version;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            m.addAttribute("errors", problems.fieldErrors(e));
            m.addAttribute("form", form);
            return page(view, m);
        }
    }

    private static String page(LetterSettingsEditor.View view, Model m) {
        m.addAttribute("v", view);
        m.addAttribute("faces", Face.values());
        return "requests/console-letter-settings";
    }
}

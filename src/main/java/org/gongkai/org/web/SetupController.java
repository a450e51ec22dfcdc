package org.gongkai.org.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gongkai.org.FirstSetup;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The one-time setup: the {@code /setup} page and {@code POST /api/v1/setup}. */
@Controller
class SetupController {

    record Government(String code, String name) {}

    record Admin(String username, String name, String password) {}

    record SetupBody(String token, Government government, Admin admin) {

        FirstSetup.Request request() {
            Government g = government == null ? new Government(null, null) : government;
            Admin a = admin == null ? new Admin(null, null, null) : admin;
            return new FirstSetup.Request(token, g.code(), g.name(), a.username(), a.name(), a.password());
        }
    }

    record Created(String government, String admin) {}

    /** The page's form fields. */
    static final class SetupForm {
        private String token = "";
        private String governmentCode = "";
        private String governmentName = "";
        private String username = "";
        private String name = "";
        private String password = "";

        FirstSetup.Request request() {
            return new FirstSetup.Request(token, governmentCode, governmentName, username, name, password);
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getGovernmentCode() {
            return governmentCode;
        }

        public void setGovernmentCode(String governmentCode) {
            this.governmentCode = governmentCode;
        }

        public String getGovernmentName() {
            return governmentName;
        }

        public void setGovernmentName(String governmentName) {
            this.governmentName = governmentName;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    private final FirstSetup setup;
    private final SetupAnnouncer announcer;
    private final MessageSource messages;

    SetupController(FirstSetup setup, SetupAnnouncer announcer, MessageSource messages) {
        this.setup = setup;
        this.announcer = announcer;
        this.messages = messages;
    }

    @Operation(
            summary = "One-time setup of a platform without accounts",
            description = "Creates the government's root unit and its first administrator with the token printed at "
                    + "start (and kept in DATA_DIR/setup-token). 404 once used.")
    @PostMapping("/api/v1/setup")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created complete(@RequestBody SetupBody body) {
        StaffMember admin = setup.complete(body.request());
        announcer.used();
        return new Created(admin.unitCode(), admin.username());
    }

    @GetMapping("/setup")
    String page(@RequestParam(required = false) String token, Model model) {
        if (!setup.open(token)) {
            throw new NotFoundException("error.setup-closed");
        }
        SetupForm form = new SetupForm();
        form.setToken(token);
        model.addAttribute("form", form);
        return "org/setup";
    }

    @PostMapping("/setup")
    String submit(@ModelAttribute("form") SetupForm form, Model model) {
        try {
            setup.complete(form.request());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fields()
                    .forEach(f -> errors.putIfAbsent(
                            f.field(),
                            messages.getMessage(
                                    f.messageCode(), f.args(), f.messageCode(), Locale.SIMPLIFIED_CHINESE)));
            form.setPassword("");
            model.addAttribute("errors", errors);
            return "org/setup";
        }
        announcer.used();
        return "redirect:/login?setup";
    }
}

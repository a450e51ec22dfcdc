package org.gongkai.console.web;

import java.util.Map;
import org.gongkai.platform.China;
import org.springframework.context.MessageSource;

/**
 * The audit log in words: an action ({@code request.reply}, {@code denied.view}) as 「答复申请」 or 「被拒绝：查看」,
 * a record type ({@code disclosure_request}) as 「政府信息公开申请」, an account as its holder's name and a unit code
 * as the unit's name. An action without its own wording is named by its module, never by its key.
 */
record AuditWording(MessageSource messages, Map<String, String> staffNames, Map<String, String> unitNames) {

    private static final String DENIED = "denied.";

    public String action(String action) {
        if (action == null) {
            return "";
        }
        if (action.startsWith(DENIED)) {
            return message("audit.denied", plainAction(action.substring(DENIED.length())));
        }
        return plainAction(action);
    }

    private String plainAction(String action) {
        String exact = messages.getMessage("audit.action." + action, null, null, China.LOCALE);
        if (exact != null) {
            return exact;
        }
        int dot = action.indexOf('.');
        String module = dot < 0 ? action : action.substring(0, dot);
        String moduleName = messages.getMessage("audit.module." + module, null, null, China.LOCALE);
        return moduleName == null ? message("audit.action.other") : message("audit.action.in-module", moduleName);
    }

    public String entity(String type, String id) {
        if (type == null) {
            return id == null ? "" : id;
        }
        String name = messages.getMessage("audit.entity." + type, null, null, China.LOCALE);
        String label = name == null ? message("audit.entity.other") : name;
        return id == null ? label : label + " " + id;
    }

    public String actor(String username) {
        if (username == null) {
            return "";
        }
        String special = messages.getMessage("audit.actor." + username, null, null, China.LOCALE);
        if (special != null) {
            return special;
        }
        return staffNames.getOrDefault(username, username);
    }

    /** A reason as written, or in words when a refusal recorded its message key ({@code error.forbidden}). */
    public String reason(String reason) {
        if (reason == null || !reason.matches("[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+")) {
            return reason;
        }
        String words = messages.getMessage(reason, null, null, China.LOCALE);
        return words == null ? reason : words.replaceAll("\\{\\d[^}]*}", "…");
    }

    public String unit(String code) {
        return code == null ? "" : unitNames.getOrDefault(code, code);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, China.LOCALE);
    }
}

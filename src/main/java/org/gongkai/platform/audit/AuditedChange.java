package org.gongkai.platform.audit;

/**
 * A change was recorded in the audit log (published in the changing transaction; listen after commit to act on
 * what stays). Every state change of the platform is audited, so this is the one signal that "something changed".
 */
public record AuditedChange(String action, String entityType, String unitCode) {}

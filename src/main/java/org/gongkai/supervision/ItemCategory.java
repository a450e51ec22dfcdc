package org.gongkai.supervision;

/** What a 督办 item is: a major decision, a task of the government work report, a livelihood project. */
public enum ItemCategory {
    MAJOR_DECISION,
    WORK_REPORT_TASK,
    LIVELIHOOD_PROJECT
}

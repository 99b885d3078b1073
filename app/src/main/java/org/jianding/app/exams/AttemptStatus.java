package org.jianding.app.exams;

public enum AttemptStatus {
    OPEN,
    SUBMITTED
}

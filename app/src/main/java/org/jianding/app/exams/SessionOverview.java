package org.jianding.app.exams;

/** A session in the administrators' list: how many are enrolled, have started and have handed in. */
public record SessionOverview(ExamSession session, int enrolled, int started, int submitted) {}

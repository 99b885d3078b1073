package org.jianding.app.exams;

import java.util.List;

/**
 * What an enrolment request did: who was enrolled, who already was, and who was refused with every reason. Nobody
 * is enrolled when {@code dryRun} is set.
 */
public record EnrolmentReport(
        List<Person> enrolled, List<Person> alreadyEnrolled, List<Refusal> refused, boolean dryRun) {

    public record Person(long id, String employeeNo, String displayName) {}

    public record Refusal(String employeeNo, String displayName, List<String> reasons) {}
}

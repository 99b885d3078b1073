package org.jianding.app.exams;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of exam delivery ({@code jianding.exam.*}, docs/operations.md), checked at start: a value out of range
 * stops the application with the property's name and the allowed range.
 *
 * @param saveGrace how long after a deadline a save sent before it is still taken (0 to 2 minutes)
 * @param deadlineJob the job that submits timed-out attempts
 * @param page the candidate's exam page
 * @param events the integrity events a page may report
 */
@Validated
@ConfigurationProperties("jianding.exam")
public record ExamSettings(
        @NotNull
        @DurationMin(seconds = 0, message = "must not be negative")
        @DurationMax(minutes = 2, message = "must be at most 2 minutes: saves after that are late")
        @DefaultValue("PT10S")
        Duration saveGrace,

        @NotNull @Valid @DefaultValue DeadlineJob deadlineJob,
        @NotNull @Valid @DefaultValue Page page,
        @NotNull @Valid @DefaultValue Events events) {

    /** @param interval the pause between two runs (1 s to 5 min: candidates wait this long past their deadline) */
    public record DeadlineJob(
            @DefaultValue("true") boolean enabled,

            @NotNull
            @DurationMin(seconds = 1, message = "must be at least 1 second")
            @DurationMax(minutes = 5, message = "must be at most 5 minutes")
            @DefaultValue("PT5S")
            Duration interval) {}

    /**
     * @param clockTick how often the page asks the server for its clock and status (1 s to 5 min; below the default
     *     only for tests and small rooms, each tick is a request per candidate)
     * @param startJitter the waiting page (考试须知 before the opening) makes its start button usable at the opening
     *     plus a random part of this (0 to 1 minute), so that a hall of waiting pages does not start at one instant
     */
    public record Page(
            @NotNull
            @DurationMin(seconds = 1, message = "must be at least 1 second")
            @DurationMax(minutes = 5, message = "must be at most 5 minutes")
            @DefaultValue("PT20S")
            Duration clockTick,

            @NotNull
            @DurationMin(seconds = 0, message = "must not be negative")
            @DurationMax(minutes = 1, message = "must be at most 1 minute")
            @DefaultValue("PT5S")
            Duration startJitter) {}

    /** @param perMinute integrity events one attempt may report per minute (1 to 600; more are refused) */
    public record Events(
            @Min(value = 1, message = "must be at least 1")
            @Max(value = 600, message = "must be at most 600")
            @DefaultValue("30")
            int perMinute) {}
}

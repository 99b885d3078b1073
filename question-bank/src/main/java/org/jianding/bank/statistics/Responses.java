package org.jianding.bank.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the statistics are computed from: each item's maximum mark and, per person, the mark on each item (null when
 * the item was not presented to that person, e.g. it belongs to another form), plus, for choice items, the options
 * the person chose (e.g. "AC"; null when not a choice item or left unanswered).
 */
public final class Responses {

    private final double[] maxMarks;
    private final List<double[]> marks = new ArrayList<>();
    private final List<String[]> choices = new ArrayList<>();

    public Responses(double... maxMarks) {
        for (double max : maxMarks) {
            if (!Double.isFinite(max) || max < 0) {
                throw new IllegalArgumentException("a maximum mark must be a finite number ≥ 0: " + max);
            }
        }
        this.maxMarks = maxMarks.clone();
    }

    /** Adds one person's marks, item by item; {@code null} for an item the person was not given. */
    public Responses add(Double... personMarks) {
        return add(personMarks, null);
    }

    /** Adds one person's marks and, for choice items, the options chosen (the array may hold nulls). */
    public Responses add(Double[] personMarks, String[] personChoices) {
        if (personMarks.length != maxMarks.length
                || (personChoices != null && personChoices.length != maxMarks.length)) {
            throw new IllegalArgumentException("expected " + maxMarks.length + " items per person");
        }
        double[] row = new double[personMarks.length];
        for (int i = 0; i < row.length; i++) {
            Double mark = personMarks[i];
            if (mark != null && !Double.isFinite(mark)) {
                throw new IllegalArgumentException("a mark must be a finite number: " + mark);
            }
            row[i] = mark == null ? Double.NaN : mark;
        }
        marks.add(row);
        choices.add(personChoices == null ? new String[maxMarks.length] : personChoices.clone());
        return this;
    }

    /** Adds one person who was given every item, from primitive marks (the fast path for large sittings). */
    public Responses addComplete(double[] personMarks) {
        Objects.requireNonNull(personMarks);
        if (personMarks.length != maxMarks.length) {
            throw new IllegalArgumentException("expected " + maxMarks.length + " items per person");
        }
        for (double mark : personMarks) {
            if (!Double.isFinite(mark)) {
                throw new IllegalArgumentException("a mark must be a finite number: " + mark);
            }
        }
        marks.add(personMarks.clone());
        choices.add(new String[maxMarks.length]);
        return this;
    }

    public int items() {
        return maxMarks.length;
    }

    public int persons() {
        return marks.size();
    }

    double maxMark(int item) {
        return maxMarks[item];
    }

    /** The mark, or NaN when the item was not presented. */
    double mark(int person, int item) {
        return marks.get(person)[item];
    }

    String choice(int person, int item) {
        return choices.get(person)[item];
    }
}

package org.jianding.bank.item;

import java.math.BigDecimal;

/** One marking point of a short answer: graders award it whole or not, so blind marking stays comparable. */
public record RubricPoint(BigDecimal points, String description) {

    public RubricPoint {
        Problems problems = new Problems();
        points = Points.check(points, "points", problems);
        description = Texts.normalise(description);
        if (description.isEmpty()) {
            problems.add("description", "评分要点的说明不能为空");
        }
        problems.throwIfAny();
    }

    public static RubricPoint of(String points, String description) {
        return new RubricPoint(new BigDecimal(points), description);
    }
}

package org.jianding.app.papers.web;

import java.util.List;
import org.jianding.app.papers.InformationAfterSwap;
import org.jianding.app.shared.Words;

/**
 * In the answer to a swap on a paper whose blueprint has a test information target: the target's minimum (null: none),
 * whether the paper still reaches it at every ability point, a warning in the reader's language when it does not
 * (null otherwise), and the information at each point before and after the swap.
 */
record SwapInformationJson(Double minimum, boolean met, String warning, List<SwapInformationPointJson> points) {

    /** One ability point: θ, the information before and after, and how far below the minimum (0: not below). */
    record SwapInformationPointJson(double theta, double before, double after, double shortBy) {}

    static SwapInformationJson of(InformationAfterSwap information, Words words) {
        if (information == null) {
            return null;
        }
        return new SwapInformationJson(
                information.minimum(),
                information.met(),
                information.met() ? null : warning(information, words),
                information.points().stream()
                        .map(p -> new SwapInformationPointJson(p.theta(), p.before(), p.after(), p.shortBy()))
                        .toList());
    }

    private static String warning(InformationAfterSwap information, Words words) {
        StringBuilder text = new StringBuilder(words.get("paper.swap.information.short", information.minimumText()));
        for (InformationAfterSwap.Point p : information.points()) {
            if (p.below()) {
                text.append(words.chinese() ? "" : " ")
                        .append(words.get(
                                "paper.swap.information.below",
                                p.thetaText(),
                                p.afterText(),
                                p.shortByText(),
                                p.beforeText()));
            }
        }
        return text.toString();
    }
}

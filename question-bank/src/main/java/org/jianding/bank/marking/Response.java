package org.jianding.bank.marking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a candidate answered to one question, by type. An unanswered question has no response (null), and marks 0.
 */
public sealed interface Response {

    /** 单选: the bank label of the chosen option. */
    record Choice(String label) implements Response {}

    /** 多选: the bank labels chosen. */
    record Choices(SortedSet<String> labels) implements Response {
        public Choices {
            labels = new TreeSet<>(labels);
        }

        public static Choices of(String... labels) {
            return new Choices(new TreeSet<>(Set.of(labels)));
        }
    }

    /** 判断. */
    record Truth(boolean value) implements Response {}

    /** 填空: one text per blank, in order (an empty text for a blank left empty). */
    record Blanks(List<String> texts) implements Response {
        public Blanks {
            texts = List.copyOf(texts);
        }
    }

    /** 简答: free text, marked by a grader. */
    record Essay(String text) implements Response {}

    /** 案例分析: the responses to its parts by part number (from 1); parts left out are unanswered. */
    record Parts(Map<Integer, Response> parts) implements Response {
        public Parts {
            parts = Map.copyOf(parts);
        }
    }
}

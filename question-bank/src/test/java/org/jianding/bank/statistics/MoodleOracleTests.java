package org.jianding.bank.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link ItemAnalysis} with numbers computed by an independent PHP re-enactment of Moodle 4.5's quiz
 * statistics (src/test/resources/org/jianding/bank/statistics/moodle-oracle.php; its output moodle-oracle.txt is
 * checked in, so PHP is not needed to build). 48 matrices: hand-made edge cases and 40 seeded random ones with
 * marks in halves and maxima from 1 to 10. Every value must agree within 1e-9 (relative to its size), and a value
 * Moodle leaves undefined must be null here too.
 */
class MoodleOracleTests {

    private static final double TOLERANCE = 1e-9;

    record OracleCase(String name, Responses responses, List<Double[]> items, Double[] test) {}

    @Test
    void theTestOnlyPathGivesExactlyTheTestStatisticsOfTheFullAnalysis() throws IOException {
        for (OracleCase c : read()) {
            assertThat(ItemAnalysis.test(c.responses()))
                    .as(c.name())
                    .isEqualTo(ItemAnalysis.of(c.responses()).test());
        }
    }

    @Test
    void everyStatisticEqualsMoodlesOnTheFixtureMatrices() throws IOException {
        List<OracleCase> cases = read();
        assertThat(cases).hasSize(48);
        for (OracleCase c : cases) {
            ScoreStatistics stats = ItemAnalysis.of(c.responses());
            for (int i = 0; i < c.items().size(); i++) {
                ItemStatistics item = stats.items().get(i);
                Double[] expected = c.items().get(i);
                String where = c.name() + " item " + i;
                agree(where + " facility", item.facility(), expected[0]);
                agree(where + " sd", item.sd(), expected[1]);
                agree(where + " discrimination", item.discriminationIndex(), expected[2]);
                agree(where + " efficiency", item.discriminativeEfficiency(), expected[3]);
                agree(where + " weight", item.effectiveWeight(), expected[4]);
            }
            TestStatistics test = stats.test();
            Double[] e = c.test();
            assertThat(test.count()).as(c.name()).isEqualTo(e[0].intValue());
            Double[] actual = {
                test.mean(),
                test.median(),
                test.sd(),
                test.skewness(),
                test.kurtosis(),
                test.cic(),
                test.errorRatio(),
                test.standardError()
            };
            String[] names = {"mean", "median", "sd", "skewness", "kurtosis", "cic", "errorRatio", "standardError"};
            for (int k = 0; k < actual.length; k++) {
                agree(c.name() + " " + names[k], actual[k], e[k + 1]);
            }
        }
    }

    private static void agree(String what, Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(Math.abs(actual - expected))
                    .as(what)
                    .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(expected)));
        }
    }

    private static List<OracleCase> read() throws IOException {
        List<OracleCase> cases = new ArrayList<>();
        try (var in = MoodleOracleTests.class.getResourceAsStream("moodle-oracle.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = null;
            Responses responses = null;
            List<Double[]> items = new ArrayList<>();
            Double[] test = null;
            for (String line; (line = reader.readLine()) != null; ) {
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "case" -> {
                        name = words[1];
                        items = new ArrayList<>();
                    }
                    case "max" ->
                        responses = new Responses(Arrays.stream(numbers(words, 1))
                                .mapToDouble(Double::doubleValue)
                                .toArray());
                    case "row" -> responses.add(numbers(words, 1));
                    case "item" -> items.add(numbers(words, 2));
                    case "test" -> test = numbers(words, 1);
                    case "end" -> cases.add(new OracleCase(name, responses, items, test));
                    default -> throw new IllegalStateException("unexpected fixture line: " + line);
                }
            }
        }
        return cases;
    }

    private static Double[] numbers(String[] words, int from) {
        return Arrays.stream(words, from, words.length)
                .map(w -> w.equals("null") ? null : Double.valueOf(w))
                .toArray(Double[]::new);
    }
}

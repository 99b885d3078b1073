package org.jianding.app.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tables through the bank's cleaner: what the editor's table module writes keeps its rows and cells and loses the
 * editor's own attributes and styles; header cells, sections and spans of tables typed as HTML stay; anything that
 * could run or call out inside a cell goes.
 */
class RichTextTablesTests {

    @Test
    void keepsTheEditorsTableAndDropsItsAttributesAndStyles() {
        String fromEditor = "<table style=\"border: 1px solid #000;\"><tbody><tr><td data-row=\"row-a1\">带宽</td>"
                + "<td data-row=\"row-a1\">时延</td></tr><tr><td data-row=\"row-b2\">100M</td>"
                + "<td data-row=\"row-b2\"></td></tr></tbody></table>";

        assertThat(RichText.sanitise(fromEditor))
                .isEqualTo(
                        "<table><tbody><tr><td>带宽</td><td>时延</td></tr><tr><td>100M</td><td></td></tr></tbody></table>");
    }

    @Test
    void keepsHeaderCellsSectionsAndSpans() {
        String typed = "<table><thead><tr><th colspan=\"2\">套餐</th></tr></thead>"
                + "<tbody><tr><td rowspan=\"2\">A</td><td><strong>10</strong>元</td></tr></tbody></table>";

        assertThat(RichText.sanitise(typed)).isEqualTo(typed);
    }

    @Test
    void removesScriptsHandlersAndForeignImagesInsideCells() {
        String hostile = "<table><tbody><tr><td onclick=\"steal()\">x<script>alert(1)</script>"
                + "<img src=\"https://example.org/t.png\"></td></tr></tbody></table>";

        assertThat(RichText.sanitise(hostile)).isEqualTo("<table><tbody><tr><td>x</td></tr></tbody></table>");
    }
}

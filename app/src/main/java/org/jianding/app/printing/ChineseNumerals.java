package org.jianding.app.printing;

/** Chinese numerals as papers number their sections and score-table columns: 一、二、… 十一 … 九十九. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /** 一 … 九十九; numbers outside 1–99 are written with Arabic digits. */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}

package org.jianding.app.reports;

/**
 * How the public page shows a holder's name: enough to match the person in front of you, not enough to find them.
 * 张三明 → 张*明, 李娜 → 李*, 欧阳娜娜 → 欧**娜, a single character → *; Latin names alike (Anna → A**a).
 */
final class NameMask {

    private NameMask() {}

    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        int[] cps = name.strip().codePoints().toArray();
        int n = cps.length;
        if (n == 1) {
            return "*";
        }
        StringBuilder out = new StringBuilder().appendCodePoint(cps[0]);
        if (n == 2) {
            return out.append('*').toString();
        }
        out.append("*".repeat(n - 2));
        return out.appendCodePoint(cps[n - 1]).toString();
    }
}

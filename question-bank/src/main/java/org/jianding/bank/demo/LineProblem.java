package org.jianding.bank.demo;

/** One problem in a bank file, located by file and line so that an author can go straight to it. */
public record LineProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + " 第" + line + "行：" + message;
    }
}

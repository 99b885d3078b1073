package org.jianding.bank.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A rational number n/d kept exactly (d &gt; 0, lowest terms), so sums of quotients such as renormalised weights
 * (0.2 ÷ 0.9) or a mean of two marks scaled to paper points lose nothing before the one rounding that the scoring
 * rules name ({@link #round}).
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Fraction of(BigDecimal value) {
        return value.scale() >= 0
                ? new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                : new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
    }

    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        return new Fraction(numerator, denominator);
    }

    public Fraction add(Fraction o) {
        return new Fraction(
                numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Fraction subtract(Fraction o) {
        return add(o.negate());
    }

    public Fraction multiply(Fraction o) {
        return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    public Fraction multiply(BigDecimal o) {
        return multiply(of(o));
    }

    /** @throws ArithmeticException when {@code o} is zero */
    public Fraction divide(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public Fraction divide(BigDecimal o) {
        return divide(of(o));
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public Fraction abs() {
        return numerator.signum() < 0 ? negate() : this;
    }

    public int signum() {
        return numerator.signum();
    }

    /** The one rounding: this value to {@code scale} decimals, half-up (away from zero on a tie). */
    public BigDecimal round(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}

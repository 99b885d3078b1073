/**
 * Item and test statistics of a marked sitting (题目与试卷质量分析), computed from a matrix of marks per person and
 * item: facility, standard deviation, discrimination index, discriminative efficiency, effective weight, distractor
 * analysis, and the test's mean, median, spread, shape, internal consistency (CIC) and standard error. The
 * definitions are Moodle 4.5's quiz statistics (see docs/statistics.md), so exam staff read the same numbers they
 * know; values are unrounded doubles and null where a value is undefined.
 */
package org.jianding.bank.statistics;

<?php
// Oracle for ItemAnalysis: recomputes the statistics of fixed score matrices the way Moodle 4.5's quiz statistics
// report does (question/classes/statistics/questions/calculator.php and
// mod/quiz/report/statistics/classes/calculator.php), step for step and in PHP, so that PHP's own arithmetic and
// truthiness rules (null >= 0, a zero product as "false") decide the edge cases exactly as they do in Moodle.
// Written for Jianding from Moodle's published formulas; no Moodle code is included.
//
// Run once:  php moodle-oracle.php > moodle-oracle.txt   (the build never runs PHP; MoodleOracleTests reads the .txt)

mt_srand(20261207);

function matrices() {
    $cases = [];
    $cases['hand'] = [[1, 2], [[1, 2], [1, 1], [0, 1], [0, 0]]];
    $cases['efficiency50'] = [[1, 3], [[1, 3], [0, 2], [1, 1], [0, 0]]];
    $cases['constant'] = [[1, 2], [[1, 1], [1, 1], [1, 1], [1, 1]]];
    $cases['one'] = [[2, 2], [[1, 2]]];
    $cases['two'] = [[1, 1], [[1, 1], [0, 1]]];
    $cases['three'] = [[1, 1], [[1, 1], [0, 1], [0, 0]]];
    $cases['zeromax'] = [[0, 1, 2], [[0, 1, 2], [0, 0, 1], [0, 1, 0], [0, 1, 2], [0, 0, 0]]];
    $cases['negative'] = [[1, 1, 1], [[1, 0, 0], [0, 1, 1], [0, 1, 0], [1, 0, 1], [0, 1, 1], [1, 0, 0]]];
    for ($c = 0; $c < 40; $c++) {
        $items = mt_rand(2, 12);
        $persons = mt_rand(4, 80);
        $max = [];
        for ($i = 0; $i < $items; $i++) {
            $max[] = [1, 1, 1, 2, 3, 5, 10][mt_rand(0, 6)];
        }
        $ability = [];
        $rows = [];
        for ($p = 0; $p < $persons; $p++) {
            $a = mt_rand(0, 1000) / 1000;
            $row = [];
            for ($i = 0; $i < $items; $i++) {
                // marks in halves, more likely high for able persons, so the items discriminate somewhat
                $steps = 2 * $max[$i];
                $mark = 0;
                for ($k = 0; $k < $steps; $k++) {
                    if (mt_rand(0, 1000) / 1000 < 0.25 + 0.5 * $a) {
                        $mark++;
                    }
                }
                $row[] = $mark / 2;
            }
            $rows[] = $row;
        }
        $cases['random' . $c] = [$max, $rows];
    }
    return $cases;
}

function item_stats($max, $rows) {
    $s = count($rows);
    $summarks = [];
    foreach ($rows as $u => $row) {
        $summarks[$u] = array_sum($row);
    }
    $stats = [];
    foreach ($max as $slot => $maxmark) {
        // first pass over the latest steps
        $st = ['s' => 0, 'totalmarks' => 0, 'totalothermarks' => 0, 'totalsummarks' => 0,
               'markarray' => [], 'othermarksarray' => []];
        foreach ($rows as $u => $row) {
            $mark = $row[$slot];
            $st['s']++;
            $st['totalmarks'] += $mark;
            $st['markarray'][] = $mark;
            $st['totalothermarks'] += $summarks[$u] - $mark;
            $st['othermarksarray'][] = $summarks[$u] - $mark;
        }
        // first pass over the questions: averages (the sum of totals is never accumulated in Moodle, so its
        // average stays 0; covariances are unaffected in exact arithmetic)
        $st['markaverage'] = $st['s'] ? $st['totalmarks'] / $st['s'] : 0;
        $st['othermarkaverage'] = $st['s'] ? $st['totalothermarks'] / $st['s'] : 0;
        $st['summarksaverage'] = $st['s'] ? $st['totalsummarks'] / $st['s'] : 0;
        $st['facility'] = $maxmark != 0 ? $st['markaverage'] / $maxmark : null;
        sort($st['markarray'], SORT_NUMERIC);
        sort($st['othermarksarray'], SORT_NUMERIC);
        // second pass over the steps
        $mv = $omv = $cov = $covmax = $covall = 0;
        foreach ($rows as $u => $row) {
            $mark = $row[$slot];
            $md = $mark - $st['markaverage'];
            $od = $summarks[$u] - $mark - $st['othermarkaverage'];
            $ad = $summarks[$u] - $st['summarksaverage'];
            $smd = array_shift($st['markarray']) - $st['markaverage'];
            $sod = array_shift($st['othermarksarray']) - $st['othermarkaverage'];
            $mv += pow($md, 2);
            $omv += pow($od, 2);
            $cov += $md * $od;
            $covmax += $smd * $sod;
            $covall += $md * $ad;
        }
        // second pass over the questions
        if ($st['s'] > 1) {
            $st['markvariance'] = $mv / ($st['s'] - 1);
            $st['othermarkvariance'] = $omv / ($st['s'] - 1);
            $st['covariance'] = $cov / ($st['s'] - 1);
            $st['covariancemax'] = $covmax / ($st['s'] - 1);
            $st['covariancewithoverallmark'] = $covall / ($st['s'] - 1);
            $st['sd'] = sqrt($mv / ($st['s'] - 1));
            $st['negcovar'] = $st['covariancewithoverallmark'] >= 0 ? 0 : 1;
        } else {
            $st['markvariance'] = $st['othermarkvariance'] = $st['covariance'] = null;
            $st['covariancemax'] = $st['covariancewithoverallmark'] = $st['sd'] = null;
            $st['negcovar'] = 0;
        }
        $st['discriminationindex'] = ($st['markvariance'] * $st['othermarkvariance'])
            ? 100 * $st['covariance'] / sqrt($st['markvariance'] * $st['othermarkvariance']) : null;
        $st['discriminativeefficiency'] = $st['covariancemax']
            ? 100 * $st['covariance'] / $st['covariancemax'] : null;
        $st['maxmark'] = $maxmark;
        $stats[$slot] = $st;
    }
    $sumofmarkvariance = 0;
    $sumofroots = 0;
    foreach ($stats as $st) {
        $sumofmarkvariance += $st['markvariance'];
        if ($st['covariancewithoverallmark'] >= 0) {
            $sumofroots += sqrt($st['covariancewithoverallmark']);
        }
    }
    foreach ($stats as $slot => $st) {
        if ($sumofroots && !$st['negcovar']) {
            $stats[$slot]['effectiveweight'] = 100 * sqrt($st['covariancewithoverallmark']) / $sumofroots;
        } else {
            $stats[$slot]['effectiveweight'] = null;
        }
        // the report shows the sd as a fraction of the maximum
        $stats[$slot]['sdfraction'] = (is_null($st['sd']) || $st['maxmark'] == 0) ? null : $st['sd'] / $st['maxmark'];
    }
    return [$stats, $sumofmarkvariance, array_values($summarks)];
}

function test_stats($totals, $p, $sumofmarkvariance) {
    $r = ['count' => count($totals), 'mean' => null, 'median' => null, 'sd' => null, 'skewness' => null,
          'kurtosis' => null, 'cic' => null, 'errorratio' => null, 'standarderror' => null];
    $s = count($totals);
    if ($s == 0) {
        return $r;
    }
    $r['mean'] = array_sum($totals) / $s;
    $sorted = $totals;
    sort($sorted, SORT_NUMERIC);
    $r['median'] = $s % 2 == 0 ? ($sorted[$s / 2 - 1] + $sorted[$s / 2]) / 2 : $sorted[intdiv($s, 2)];
    if ($s > 1) {
        $p2 = $p3 = $p4 = 0;
        foreach ($totals as $t) {
            $p2 += pow($t - $r['mean'], 2);
            $p3 += pow($t - $r['mean'], 3);
            $p4 += pow($t - $r['mean'], 4);
        }
        $r['sd'] = sqrt($p2 / ($s - 1));
        if ($s > 2) {
            $m2 = $p2 / $s;
            $m3 = $p3 / $s;
            $m4 = $p4 / $s;
            $k2 = $s * $m2 / ($s - 1);
            $k3 = $s * $s * $m3 / (($s - 1) * ($s - 2));
            if ($k2 != 0) {
                $r['skewness'] = $k3 / pow($k2, 3 / 2);
                if ($s > 3) {
                    $k4 = $s * $s * ((($s + 1) * $m4) - (3 * ($s - 1) * $m2 * $m2)) / (($s - 1) * ($s - 2) * ($s - 3));
                    $r['kurtosis'] = $k4 / ($k2 * $k2);
                }
                if ($p > 1) {
                    $r['cic'] = (100 * $p / ($p - 1)) * (1 - ($sumofmarkvariance / $k2));
                    $r['errorratio'] = 100 * sqrt(1 - ($r['cic'] / 100));
                    $r['standarderror'] = $r['errorratio'] * $r['sd'] / 100;
                }
            }
        }
    }
    return $r;
}

function num($v) {
    return is_null($v) ? 'null' : sprintf('%.17g', $v);
}

foreach (matrices() as $name => [$max, $rows]) {
    [$stats, $sumofmarkvariance, $totals] = item_stats($max, $rows);
    $t = test_stats($totals, count($max), $sumofmarkvariance);
    echo "case $name\n";
    echo 'max ' . implode(' ', array_map('num', $max)) . "\n";
    foreach ($rows as $row) {
        echo 'row ' . implode(' ', array_map('num', $row)) . "\n";
    }
    foreach ($stats as $slot => $st) {
        echo "item $slot " . implode(' ', array_map('num', [$st['facility'], $st['sdfraction'],
            $st['discriminationindex'], $st['discriminativeefficiency'], $st['effectiveweight']])) . "\n";
    }
    echo 'test ' . implode(' ', array_map('num', [$t['count'], $t['mean'], $t['median'], $t['sd'], $t['skewness'],
        $t['kurtosis'], $t['cic'], $t['errorratio'], $t['standarderror']])) . "\n";
    echo "end\n";
}

/**
 * Item response theory calibration: dichotomous Rasch and two-parameter logistic (2PL) models fitted by marginal
 * maximum likelihood with the Bock–Aitkin EM algorithm over Gauss–Hermite quadrature, standard errors from the
 * observed information, EAP abilities with their posterior SD, and fixed-parameter (anchor) calibration so a later
 * form lands on an earlier form's scale. No framework; see docs/statistics.md, section "Rasch and 2PL calibration".
 */
package org.jianding.bank.irt;

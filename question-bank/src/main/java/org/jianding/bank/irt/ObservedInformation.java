package org.jianding.bank.irt;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The covariance of the estimates as the inverse of the observed information −∂²ℓ/∂x², where ℓ is the marginal
 * log-likelihood: its Hessian is taken by forward differences of the exact gradient (Fisher's identity, {@link
 * Em#gradient}), step 10⁻⁵·max(1, |x|), then symmetrised (Oakes' approach to EM standard errors, as mirt's default
 * {@code SE.type = "Oakes"}; ltm differentiates its log-likelihood numerically). Costs one E-step per free parameter.
 */
final class ObservedInformation {

    private ObservedInformation() {}

    /** The covariance matrix, or null when the information is singular or not positive definite. */
    static double[][] covariance(Em em, Em.Layout layout) {
        double[] x = em.get(layout);
        int size = x.length;
        double[][] hessian = new double[size][size];
        em.eStep();
        double[] g0 = em.gradient(layout);
        for (int l = 0; l < size; l++) {
            double h = 1e-5 * Math.max(1, Math.abs(x[l]));
            double[] plus = x.clone();
            plus[l] += h;
            em.set(layout, plus);
            em.eStep();
            double[] gPlus = em.gradient(layout);
            for (int j = 0; j < size; j++) {
                hessian[j][l] = (gPlus[j] - g0[j]) / h;
            }
        }
        em.set(layout, x);
        em.eStep();
        RealMatrix information = new Array2DRowRealMatrix(size, size);
        for (int j = 0; j < size; j++) {
            for (int l = 0; l < size; l++) {
                information.setEntry(j, l, -(hessian[j][l] + hessian[l][j]) / 2);
            }
        }
        try {
            double[][] cov =
                    new LUDecomposition(information).getSolver().getInverse().getData();
            for (int j = 0; j < size; j++) {
                if (!(cov[j][j] > 0)) {
                    return null;
                }
            }
            return cov;
        } catch (SingularMatrixException e) {
            return null;
        }
    }
}

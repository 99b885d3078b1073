# Independent 2PL marginal maximum likelihood for SAT12: direct quasi-Newton maximisation of the marginal
# log-likelihood (not EM), theta ~ N(0,1) integrated with 41-point Gauss-Hermite (probabilists'), P = 1/(1+exp(-(a t + d))).
import sys, numpy as np
from numpy.polynomial.hermite_e import hermegauss
from scipy.optimize import minimize
key = [1,4,5,2,3,1,2,1,3,1,2,4,2,1,5,3,4,4,1,4,3,3,4,1,3,5,1,3,1,5,4,5]
rows = [list(map(int, l.split())) for l in open(sys.argv[1]) if not l[0].isalpha()]
X = (np.array(rows) == np.array(key)).astype(float)
n, J = X.shape
nodes, w = hermegauss(41); w = w / w.sum()
def negll(p):
    a, d = p[:J], p[J:]
    z = np.outer(nodes, a) + d              # Q x J
    lp = -np.logaddexp(0, -z); lq = -np.logaddexp(0, z)
    L = X @ lp.T + (1 - X) @ lq.T            # n x Q
    m = L.max(1, keepdims=True)
    lik = np.exp(L - m) * w
    tot = lik.sum(1, keepdims=True)
    ll = (np.log(tot) + m).sum()
    post = lik / tot                         # n x Q
    P = 1 / (1 + np.exp(-z))
    r = post.T @ X                           # Q x J expected right
    nq = post.sum(0)[:, None]                # Q x 1
    g = r - nq * P                           # dll/dz
    ga = (g * nodes[:, None]).sum(0); gd = g.sum(0)
    return -ll, -np.concatenate([ga, gd])
p0 = np.concatenate([np.ones(J), np.zeros(J)])
res = minimize(negll, p0, jac=True, method='BFGS', options={'gtol': 1e-9, 'maxiter': 10000})
a, d = res.x[:J], res.x[J:]
print('# converged', res.success, 'logLik %.6f' % -res.fun, 'max|grad| %.2e' % np.abs(res.jac).max())
print('# proportions right', ' '.join('%.4f' % v for v in X.mean(0)))
for j in range(J):
    print('%d %.6f %.6f %.6f' % (j + 1, a[j], d[j], -d[j] / a[j]))

"""The logistic regression the training tools fit (the clean stage's line model, the events
stage's main-event filter, the entities stage's learned role reader): small, dense, a few hundred
to a few thousand rows, so Newton's method in numpy, and no scikit-learn dependency for them."""

from __future__ import annotations

import numpy as np


def fit(x: np.ndarray, y: np.ndarray, l2: float,
        sample: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Standardise, then Newton's method on the L2-penalised, `sample`-weighted log loss (bias
    not penalised): (mean, scale, weights, bias)."""
    sample = np.ones(len(y)) if sample is None else sample
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (sample * (p - y)) + penalty * w
        hess = (z * (sample * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[:-1], float(w[-1])

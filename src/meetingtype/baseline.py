"""A TF-IDF + logistic-regression baseline, fitted on the same training data as the transformer.

Reported beside the model by the evaluate command, so a user sees what fine-tuning adds over word
counts. It reads whole meetings (no chunking): that is how such a baseline is usually built.
"""

from __future__ import annotations

from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline


def fit_baseline(texts: Sequence[str], labels: Sequence[str], seed: int = 0) -> Pipeline:
    pipe = Pipeline(
        [
            (
                "tfidf",
                TfidfVectorizer(
                    sublinear_tf=True, ngram_range=(1, 2), min_df=2, max_df=0.9, max_features=200_000
                ),
            ),
            ("clf", LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced", random_state=seed)),
        ]
    )
    return pipe.fit(list(texts), list(labels))

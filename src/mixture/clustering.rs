//! How well clusters match labels: the accuracy of the best one-to-one matching of clusters to
//! labels (the Hungarian method, from the pathfinding crate) and the normalized mutual
//! information, both over the contingency table of (cluster, label) counts.

use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;

/// counts[c][l]: the points of cluster `c` with the l-th distinct label; and those labels.
fn contingency(clusters: &[usize], labels: &[u8]) -> (Vec<Vec<u64>>, Vec<u8>) {
    let mut values: Vec<u8> = labels.to_vec();
    values.sort_unstable();
    values.dedup();
    let k = clusters.iter().max().map_or(0, |m| m + 1);
    let mut counts = vec![vec![0u64; values.len()]; k];
    for (&c, l) in clusters.iter().zip(labels) {
        let li = values.binary_search(l).expect("a label of the data");
        counts[c][li] += 1;
    }
    (counts, values)
}

/// The fraction of points whose cluster is matched to their label, under the one-to-one
/// matching of clusters to labels that matches the most points (clusters or labels left over
/// when their numbers differ count as wrong).
pub fn matched_accuracy(clusters: &[usize], labels: &[u8]) -> f64 {
    assert_eq!(clusters.len(), labels.len(), "one cluster per label");
    if clusters.is_empty() {
        return 0.0;
    }
    let (counts, values) = contingency(clusters, labels);
    let (k, l) = (counts.len(), values.len());
    // kuhn_munkres wants no more rows than columns: the smaller side as rows.
    let weights = if k <= l {
        Matrix::from_fn(k, l, |(c, li)| counts[c][li] as i64)
    } else {
        Matrix::from_fn(l, k, |(li, c)| counts[c][li] as i64)
    };
    let (matched, _) = kuhn_munkres(&weights);
    matched as f64 / clusters.len() as f64
}

/// Mutual information of clusters and labels over the mean of their entropies (scikit-learn's
/// default, "arithmetic"): 1 for the same partition, 0 for independent ones.
pub fn normalized_mutual_information(clusters: &[usize], labels: &[u8]) -> f64 {
    assert_eq!(clusters.len(), labels.len(), "one cluster per label");
    let n = clusters.len() as f64;
    let (counts, _) = contingency(clusters, labels);
    let cluster_sums: Vec<f64> = counts.iter().map(|row| row.iter().sum::<u64>() as f64).collect();
    let label_sums: Vec<f64> =
        (0..counts.first().map_or(0, Vec::len)).map(|l| counts.iter().map(|row| row[l]).sum::<u64>() as f64).collect();
    let entropy = |sums: &[f64]| -sums.iter().filter(|&&s| s > 0.0).map(|s| s / n * (s / n).ln()).sum::<f64>();
    let mut mi = 0.0;
    for (c, row) in counts.iter().enumerate() {
        for (l, &count) in row.iter().enumerate() {
            if count > 0 {
                let p = count as f64 / n;
                mi += p * (p / (cluster_sums[c] / n * label_sums[l] / n)).ln();
            }
        }
    }
    let mean_entropy = (entropy(&cluster_sums) + entropy(&label_sums)) / 2.0;
    if mean_entropy > 0.0 { (mi / mean_entropy).clamp(0.0, 1.0) } else { 1.0 }
}

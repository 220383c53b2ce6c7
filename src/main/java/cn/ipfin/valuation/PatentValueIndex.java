package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Result of the patent value index (专利价值度), each figure on the 0–10 scale rounded to two decimals.
 *
 * @param legalDegree     LVD, 法律价值度
 * @param technicalDegree TVD, 技术价值度
 * @param economicDegree  EVD, 经济价值度
 * @param index           PVD = α·LVD + β·TVD + γ·EVD, computed from the unrounded degrees
 * @param weightsVersion  version of the weights used
 * @param scores          every indicator score with its source, in indicator order
 */
public record PatentValueIndex(BigDecimal legalDegree, BigDecimal technicalDegree, BigDecimal economicDegree,
        BigDecimal index, int weightsVersion, List<ScoredIndicator> scores) {

    public PatentValueIndex {
        scores = List.copyOf(scores);
    }
}

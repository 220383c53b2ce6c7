package cn.ipfin.content;

import java.math.BigDecimal;

import cn.ipfin.ipasset.IpKind;

/**
 * What an enterprise enters to compare financing models: the amount in yuan, the term in months, the type of IP
 * it would pledge and, optionally, the appraised value of that IP in yuan.
 */
public record ComparisonRequest(BigDecimal amount, Integer termMonths, IpKind ipKind, BigDecimal ipValue) {
}

package cn.ipfin.content;

import java.math.BigDecimal;

import cn.ipfin.ipasset.IpKind;

/**
 * The input of a financing-model comparison: the amount in yuan, the term in months, the type of IP
 * it would pledge and, optionally, the appraised value of that IP in yuan.
 */
public record ComparisonRequest(BigDecimal amount, Integer termMonths, IpKind ipKind, BigDecimal ipValue) {
}

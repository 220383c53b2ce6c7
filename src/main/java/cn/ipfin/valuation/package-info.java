/**
 * Valuation module: values intellectual property, starting with the income approach (收益法).
 */
package cn.ipfin.valuation;

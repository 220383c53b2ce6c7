/**
 * Valuation module: values intellectual property by the patent value index (专利价值度), the income, market
 * and cost approaches with a reconciled value and a Monte Carlo range, and runs valuation assignments (评估委托)
 * from request to a signed, verifiable PDF report.
 */
package cn.ipfin.valuation;

/**
 * Default and recovery (违约处置与风险分担): the lender's default declaration, the loss shared between bank,
 * guarantor, insurer, evaluator and the government risk-compensation pool (风险补偿资金池) by the financing model's
 * ratios, the claims each party approves with maker and checker and pays, and the disposal of the pledged IP
 * whose proceeds go back to the parties in proportion to the losses they bore.
 */
package cn.ipfin.recovery;

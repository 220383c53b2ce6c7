/** Pages of the loan module, starting with the repayment schedule preview. */
package cn.ipfin.loan.web;

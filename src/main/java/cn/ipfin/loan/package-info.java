/**
 * IP pledge loans (知识产权质押融资): applications, approval, contracts, pledge registration, repayment
 * schedules and repayments.
 */
package cn.ipfin.loan;

/**
 * Risk monitoring (智能监控): monitoring rules with operator-edited thresholds, alerts routed to the
 * organisations concerned, annual fee due dates and reminders, and the nightly sweep over active loans.
 */
package cn.ipfin.risk;

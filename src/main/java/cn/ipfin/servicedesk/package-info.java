/**
 * Services (服务): training courses and events with registration, development-planning, listing and M&A
 * consultations assigned to advisors, and the call centre's service desk with tickets, SLA timers in working
 * days and satisfaction ratings.
 */
package cn.ipfin.servicedesk;

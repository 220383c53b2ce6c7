/** JSON API of service tickets, consultations and training courses. */
package cn.ipfin.servicedesk.api;

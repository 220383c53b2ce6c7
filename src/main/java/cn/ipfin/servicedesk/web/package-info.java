/** Pages of the service desk, consultations and training. */
package cn.ipfin.servicedesk.web;

/** Pages of the dashboard module: the dashboard, its Excel and PDF exports, and the public statistics page. */
package cn.ipfin.dashboard.web;

/** Pages of the IP trading market and the auction hall. */
package cn.ipfin.market.web;

/** Pages of subsidy policies and claims. */
package cn.ipfin.subsidy.web;

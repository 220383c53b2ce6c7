/** REST API of subsidy policies and claims. */
package cn.ipfin.subsidy.api;

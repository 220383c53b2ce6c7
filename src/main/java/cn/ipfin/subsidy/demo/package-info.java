/** Demo records of the subsidy module, loaded only with the demo data switched on. */
package cn.ipfin.subsidy.demo;

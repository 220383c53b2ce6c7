/** Interest subsidy policies (贴息政策) as dated versions and the subsidy claims of enterprises on pledge loans. */
package cn.ipfin.subsidy;

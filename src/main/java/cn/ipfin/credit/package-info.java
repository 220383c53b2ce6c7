/**
 * Credit module: enterprise credit assessments, starting with the tech-SME evaluation (科技型中小企业评价).
 */
package cn.ipfin.credit;

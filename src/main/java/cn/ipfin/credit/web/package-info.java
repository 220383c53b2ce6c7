/**
 * Pages of the credit module: statements, tech-SME assessment, ratings and credit files.
 */
package cn.ipfin.credit.web;

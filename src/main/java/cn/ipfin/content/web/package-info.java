/** Pages of articles, financing cases and the financing-model comparison, public and for operators. */
package cn.ipfin.content.web;

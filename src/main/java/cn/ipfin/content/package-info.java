/**
 * Information and consulting (信息咨询): articles with review, attachments, tags and Chinese search; financing
 * cases (融资案例); and the comparison of what a loan costs under each financing model.
 */
package cn.ipfin.content;

/**
 * Member organisations: self-registration with the first user, verification by an operator, and the public
 * member directory (会员展示).
 */
package cn.ipfin.organization;

/**
 * REST endpoints of the credit module under {@code /api/v1}, with their request and response bodies.
 */
package cn.ipfin.credit.api;

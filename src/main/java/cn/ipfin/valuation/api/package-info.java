/**
 * REST endpoints of the valuation module under {@code /api/v1}, with their request and response bodies.
 */
package cn.ipfin.valuation.api;

/** JSON API of financial products, recommendations, financing models and the LPR. */
package cn.ipfin.product.api;

/** Pages of the product catalogue, product management, recommendations and financing models. */
package cn.ipfin.product.web;

/**
 * Financial products (金融产品) that lenders, guarantors and insurers publish, the loan prime rate their prices
 * refer to, the financing models that say who shares a loss, and the recommendation of products to enterprises.
 */
package cn.ipfin.product;

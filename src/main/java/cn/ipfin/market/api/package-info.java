/** JSON API of the IP trading market and the auctions. */
package cn.ipfin.market.api;

/**
 * The IP trading market (产权交易): listings for transfer, licence and disposal sale, buy requests and their
 * matches, negotiations that end in deals with contract and transfer registration, and auctions with deposits.
 */
package cn.ipfin.market;

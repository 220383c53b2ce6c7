/**
 * The IP registry: patents, trademarks and software copyrights with their legal-status history, imports of
 * patent-database exports, and Chinese full-text search.
 */
package cn.ipfin.ipasset;

/** JSON API of articles and financing cases: public reading and operator management. */
package cn.ipfin.content.api;

/** Pages of the project roadshow: public project and event lists, enterprise and investor pages, the review queue. */
package cn.ipfin.roadshow.web;

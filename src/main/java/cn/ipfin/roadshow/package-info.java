/**
 * Project roadshow (项目路演): enterprises publish financing projects after the operator's review, investors
 * follow them, ask public questions, express private interest and request meetings, operators run roadshow
 * events with registration, and matchmaking ranks projects and investors for each other.
 */
package cn.ipfin.roadshow;

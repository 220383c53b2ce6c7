/** JSON API of roadshow projects, investor engagement, matchmaking and roadshow events. */
package cn.ipfin.roadshow.api;

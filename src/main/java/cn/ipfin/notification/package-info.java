/**
 * In-app notifications (站内信): the messages other modules send to a user or to every user of an
 * organisation, with an unread count in the page header.
 */
package cn.ipfin.notification;

/**
 * User accounts, roles, sign-in with throttling, and bearer tokens for API clients.
 */
package cn.ipfin.identity;

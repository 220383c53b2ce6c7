/**
 * The public home page and each signed-in user's workbench, composed from the other modules' public APIs.
 */
package cn.ipfin.portal;

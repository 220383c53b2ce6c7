/**
 * Demo data for the default profile: verified members of every type, the demo accounts and a few hundred IP
 * records, so that a newcomer finds a living platform. Production ({@code ipfin.demo-data=false}) has none.
 */
package cn.ipfin.demo;

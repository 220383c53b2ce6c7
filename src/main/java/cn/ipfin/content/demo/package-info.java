/** Demo articles and financing cases for the default profile. */
package cn.ipfin.content.demo;

/**
 * Shared kernel: money, identifiers with validation, reference data, the error model and the web layout
 * that every business module uses.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.ipfin.core;

/**
 * Reader for patent lists (专利清单) exported by patent databases such as Patentics, incoPat and the
 * CNIPA search system, as CSV or XLSX files. Plain Java, so it can be used with {@code new} in tests.
 */
package cn.ipfin.ipasset.importer;

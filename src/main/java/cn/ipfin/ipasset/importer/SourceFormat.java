package cn.ipfin.ipasset.importer;

/** File format of an uploaded patent list, detected from the content rather than the file name. */
public enum SourceFormat {
    /** Office Open XML workbook, of which the reader takes the first sheet. */
    XLSX,
    /** Comma- or tab-separated text in UTF-8, UTF-16 with a byte order mark, or GBK. */
    CSV
}

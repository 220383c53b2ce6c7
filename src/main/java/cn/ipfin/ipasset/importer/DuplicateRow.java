package cn.ipfin.ipasset.importer;

/**
 * Application number that occurs in more than one row of a file. The later row wins, so a user can correct
 * a row by appending a fixed copy. The earlier row is dropped without a {@link RowError}.
 *
 * @param applicationNumber canonical (or foreign) application number
 * @param droppedRow        row number of the earlier occurrence
 * @param keptRow           row number of the occurrence that is kept
 */
public record DuplicateRow(String applicationNumber, int droppedRow, int keptRow) {
}

package cn.ipfin.ipasset.importer;

import java.util.List;

/**
 * Problem that rejects one data row of a patent list.
 *
 * @param row       1-based row number as a spreadsheet shows it, where the header is row 1
 * @param column    header text of the column as written in the file, or null for a problem of the whole row
 * @param problem   the problem, whose message key is {@link #messageKey()}
 * @param arguments message arguments in the order that {@link ImportProblem} lists
 */
public record RowError(int row, String column, ImportProblem problem, List<String> arguments) {

    public RowError {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return problem.messageKey();
    }
}

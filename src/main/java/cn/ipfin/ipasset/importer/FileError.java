package cn.ipfin.ipasset.importer;

import java.util.List;

/**
 * Problem that rejects a whole patent list, such as an unreadable file or a missing required column.
 *
 * @param problem   the problem, whose message key is {@link #messageKey()}
 * @param arguments message arguments in the order that {@link ImportProblem} lists
 */
public record FileError(ImportProblem problem, List<String> arguments) {

    public FileError {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return problem.messageKey();
    }
}

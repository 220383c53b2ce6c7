package cn.ipfin.ipasset.importer;

import java.util.List;

/** Exception of the CSV and XLSX readers for an unreadable file, which the reader reports as a {@link FileError}. */
class PatentListFormatException extends Exception {

    private final transient FileError error;

    PatentListFormatException(ImportProblem problem, String... arguments) {
        this(problem, null, arguments);
    }

    PatentListFormatException(ImportProblem problem, Throwable cause, String... arguments) {
        super(problem.messageKey() + " " + List.of(arguments), cause);
        this.error = new FileError(problem, List.of(arguments));
    }

    FileError error() {
        return error;
    }
}

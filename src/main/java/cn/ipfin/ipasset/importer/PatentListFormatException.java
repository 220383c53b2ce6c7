package cn.ipfin.ipasset.importer;

import java.util.List;

/** Thrown by the CSV and XLSX readers when the whole file cannot be read; the reader turns it into a {@link FileError}. */
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

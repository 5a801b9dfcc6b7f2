package org.readinglist.persistence.files;

/** An articles file that cannot be used, with a message that names the file and what is wrong with it. */
public final class ArticlesFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;

    public ArticlesFileException(String source, String problem) {
        this(source, problem, null);
    }

    public ArticlesFileException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    /** The file (or bundled resource) that was read. */
    public String source() {
        return source;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
